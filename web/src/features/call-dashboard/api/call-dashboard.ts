/** What an association follows on one of its calls: the call, its budget and its applications in receipt order. */
import { useQuery } from '@tanstack/react-query';
import { allPages } from '../../../lib/all-pages';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useCall(id: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['calls', id],
    queryFn: async () => unwrap(await api.api.calls[':id'].$get({ param: { id } })),
  });
}

export function useCallBudget(id: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['calls', id, 'budget'],
    queryFn: async () => unwrap(await api.api.calls[':id'].budget.$get({ param: { id } })),
  });
}

/**
 * Every application of the call, following the API's cursors page by page: the dashboard's totals and
 * the CSV export must count all of them, not just the first page.
 */
export function useCallApplications(id: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['calls', id, 'applications'],
    queryFn: () =>
      allPages(async (cursor) =>
        unwrap(
          await api.api.calls[':id'].applications.$get({
            param: { id },
            query: cursor ? { limit: '100', cursor } : { limit: '100' },
          }),
        ),
      ),
  });
}
