/** A consultant records (or changes, until signing) the decision and its note. */
import type * as z from 'zod';
import type { decisionInputSchema, Review } from '../../shared/reviews/review-schema';
import type { AuthUser } from '../auth/token-verifier';
import { openForChange, type ReviewDeps, saveReview } from './review-access';

export async function recordDecision(
  deps: ReviewDeps,
  user: AuthUser,
  id: string,
  { decision, note, revision }: z.infer<typeof decisionInputSchema>,
): Promise<Review> {
  const review = await openForChange(deps, user.orgId, id, revision);
  return saveReview(deps, { ...review, decision, note, revision: review.revision + 1 }, review.revision);
}
