/** A consultant's review queue and one review: per-line verdicts, the decision and the sign-off. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type * as z from 'zod';
import type { decisionInputSchema, lineReviewInputSchema } from '../../../../../shared/reviews/review-schema';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

/** The queue a page at a time (newest first); the page asks for the next one with "Show more". */
export function useReviewQueue() {
  const { api } = useAppContext();
  return useInfiniteQuery({
    queryKey: ['reviews', 'queue'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.api.reviews.$get({
          query: pageParam ? { limit: '50', cursor: pageParam } : { limit: '50' },
        }),
      ),
    getNextPageParam: (last) => last.cursor,
  });
}

export function useReview(id: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['reviews', id],
    queryFn: async () => unwrap(await api.api.reviews[':id'].$get({ param: { id } })),
  });
}

/** After every change (or a 409) the review and the queue reload, so the next change sends the current revision. */
function useReviewChange<I>(send: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reviews'] }),
  });
}

export function useLineReview(id: string) {
  const { api } = useAppContext();
  return useReviewChange(async (input: { lineId: string; body: z.input<typeof lineReviewInputSchema> }) =>
    unwrap(
      await api.api.reviews[':id'].lines[':lineId'].$put({
        param: { id, lineId: input.lineId },
        json: input.body,
      }),
    ),
  );
}

export function useDecision(id: string) {
  const { api } = useAppContext();
  return useReviewChange(async (body: z.input<typeof decisionInputSchema>) =>
    unwrap(await api.api.reviews[':id'].decision.$post({ param: { id }, json: body })),
  );
}

export function useSign(id: string) {
  const { api } = useAppContext();
  return useReviewChange(async (revision: number) =>
    unwrap(await api.api.reviews[':id'].sign.$post({ param: { id }, json: { revision } })),
  );
}
