/** The SME's applications, one application with its receipt, and the consultancies it can share one with. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allPages } from '../../../lib/all-pages';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useApplications() {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['applications'],
    queryFn: () =>
      allPages(async (cursor) =>
        unwrap(
          await api.api.applications.$get({ query: cursor ? { limit: '100', cursor } : { limit: '100' } }),
        ),
      ),
  });
}

export function useApplication(id: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['applications', id],
    queryFn: async () => unwrap(await api.api.applications[':id'].$get({ param: { id } })),
  });
}

/**
 * How often a waitlisted receipt asks where it stands: every 25–35 s, so a crowd of receipts opened at
 * the same second does not ask in step (the server keeps a call's queue 10 s; a place is informative,
 * and every poll shares the applications function with the submits).
 */
export function standingPollMs(random: () => number = Math.random): number {
  return 25_000 + Math.round(random() * 10_000);
}

/**
 * Where a waitlisted application stands, asked again while the page is open; the browser revalidates
 * with the answer's ETag, so an unchanged place costs a 304.
 */
export function useStanding(id: string, waitlisted: boolean) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['applications', id, 'standing'],
    enabled: waitlisted,
    refetchInterval: waitlisted ? () => standingPollMs() : false,
    queryFn: async () => unwrap(await api.api.applications[':id'].standing.$get({ param: { id } })),
  });
}

/**
 * Withdraws the application: its place and any reserved grant go to the call's waiting list in receipt
 * order. The receipt, the list and the standing are read again.
 */
export function useWithdrawApplication(id: string) {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.api.applications[':id'].withdraw.$post({ param: { id } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['applications'] }),
  });
}

/** Shares the application with a consultancy, which then sees it in its review queue. */
export function useShareApplication(id: string) {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (consultantOrgId: string) =>
      unwrap(await api.api.applications[':id'].share.$post({ param: { id }, json: { consultantOrgId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['applications', id] }),
  });
}

/** The consultancy directory by name, a page at a time; the share form asks for more with "Show more". */
export function useConsultancies() {
  const { api } = useAppContext();
  return useInfiniteQuery({
    queryKey: ['consultancies'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.api.consultancies.$get({
          query: pageParam ? { limit: '50', cursor: pageParam } : { limit: '50' },
        }),
      ),
    getNextPageParam: (last) => last.cursor,
  });
}

/** Whom the application was shared with and whether the review is signed; null when never shared. */
export function useSharing(id: string, enabled: boolean) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['applications', id, 'sharing'],
    enabled,
    queryFn: async () => {
      const answer = await api.api.applications[':id'].sharing.$get({ param: { id } });
      // 404 comes from the error handler, which the typed client does not see among the route's answers.
      return (answer.status as number) === 404 ? null : unwrap(answer);
    },
  });
}
