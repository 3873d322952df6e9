/** Open calls, soonest deadline first: fetcher, query options and hook. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { allPages } from '../../../lib/all-pages';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function getOpenCallsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['calls', 'open'],
    // Every open call, page after page: the list never stops silently at the first page.
    queryFn: async () =>
      allPages(async (cursor) =>
        unwrap(await api.api.calls.$get({ query: cursor ? { limit: '100', cursor } : { limit: '100' } })),
      ),
  });
}

export function useOpenCalls() {
  const { api } = useAppContext();
  return useQuery(getOpenCallsQueryOptions(api));
}
