/**
 * A consultant accepts a report line, or overrides it with another amount (at most the requested one)
 * and a written reason; the review then carries the engine's totals with the amounts set so far.
 */
import type * as z from 'zod';
import type { LineReview, lineReviewInputSchema, Review } from '../../shared/reviews/review-schema';
import type { AuthUser } from '../auth/token-verifier';
import { NotFoundError, RuleRefusalError } from '../errors/use-case-errors';
import { computeReviewed } from './compute-reviewed';
import { openForChange, type ReviewDeps, reviewedApplication, saveReview } from './review-access';

export async function reviewLine(
  deps: ReviewDeps,
  user: AuthUser,
  id: string,
  lineId: string,
  input: z.infer<typeof lineReviewInputSchema>,
): Promise<Review> {
  const review = await openForChange(deps, user.orgId, id, input.revision);
  const application = await reviewedApplication(deps, review);
  // Found by comparing ids, never by looking the user's text up on an object.
  const line = application.report.lines.find((l) => l.lineId === lineId);
  if (!line) throw new NotFoundError('not_found', `The report has no line ${lineId}.`);
  if (input.decision === 'override' && input.eligibleCents > line.requestedCents) {
    throw new RuleRefusalError('override_too_high', 'An override cannot exceed the requested amount.', [
      { path: 'eligibleCents', message: `must be at most ${line.requestedCents}` },
    ]);
  }
  const at = deps.now().toISOString();
  const verdict: LineReview =
    input.decision === 'accept'
      ? { decision: 'accept', by: user.sub, at }
      : { decision: 'override', eligibleCents: input.eligibleCents, reason: input.reason, by: user.sub, at };
  // A computed key defines an own property (even for names Object.prototype has); the route refuses
  // `__proto__` and `constructor`, which a stored map cannot hold.
  const lines = { ...review.lines, [lineId]: verdict };
  // The engine's totals with the amounts set so far, so the page shows what the overrides do.
  const reviewed = await computeReviewed(deps, application, lines);
  return saveReview(deps, { ...review, lines, reviewed, revision: review.revision + 1 }, review.revision);
}
