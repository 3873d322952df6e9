/** The SME's plans. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { allPages } from '../../../lib/all-pages';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function getPlansQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['plans'],
    queryFn: () =>
      allPages(async (cursor) =>
        unwrap(await api.api.plans.$get({ query: cursor ? { limit: '100', cursor } : { limit: '100' } })),
      ),
  });
}

export function usePlans() {
  const { api } = useAppContext();
  return useQuery(getPlansQueryOptions(api));
}
