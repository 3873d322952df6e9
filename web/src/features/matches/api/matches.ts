/** Open calls ranked for one plan. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function getMatchesQueryOptions(api: ApiClient, planId: string) {
  return queryOptions({
    queryKey: ['plans', planId, 'matches'],
    queryFn: async () => unwrap(await api.api.plans[':id'].matches.$get({ param: { id: planId } })),
  });
}

export function useMatches(planId: string) {
  const { api } = useAppContext();
  return useQuery(getMatchesQueryOptions(api, planId));
}
