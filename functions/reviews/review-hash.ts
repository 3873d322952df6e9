/**
 * What a signature covers: the application's report, the line verdicts, the decision, the note, the
 * reviewed result (the engine's totals after the overrides) and whether the outcome carries the grant. Signing and every later check use this one
 * function, so a check can only fail if the content changed. Reviews signed before the reviewed result
 * was kept have none, and an absent field is left out of the hash, so their hashes still verify.
 */
import type { Application } from '../../shared/applications/application-schema';
import { contentHash } from '../../shared/eligibility/content-hash';
import type { Review } from '../../shared/reviews/review-schema';

export function reviewContentHash(
  report: Application['report'],
  review: Pick<Review, 'lines' | 'decision' | 'note' | 'reviewed' | 'grantOnOutcome'>,
): string {
  return contentHash({
    report,
    lines: review.lines,
    decision: review.decision,
    note: review.note,
    reviewed: review.reviewed,
    grantOnOutcome: review.grantOnOutcome,
  });
}
