/** The SME's plans. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function getPlansQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['plans'],
    queryFn: async () => unwrap(await api.api.plans.$get()),
  });
}

export function usePlans() {
  const { api } = useAppContext();
  return useQuery(getPlansQueryOptions(api));
}
