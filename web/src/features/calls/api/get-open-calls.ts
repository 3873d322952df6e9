/** Open calls, soonest deadline first: fetcher, query options and hook. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function getOpenCallsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['calls', 'open'],
    queryFn: async () => unwrap(await api.api.calls.$get({ query: { limit: '50' } })),
  });
}

export function useOpenCalls() {
  const { api } = useAppContext();
  return useQuery(getOpenCallsQueryOptions(api));
}
