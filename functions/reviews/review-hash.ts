/**
 * What a signature covers: the application's report, the line verdicts, the decision and the note.
 * Signing and every later check use this one function, so a check can only fail if the content changed.
 */
import type { Application } from '../../shared/applications/application-schema';
import { contentHash } from '../../shared/eligibility/content-hash';
import type { Review } from '../../shared/reviews/review-schema';

export function reviewContentHash(
  report: Application['report'],
  review: Pick<Review, 'lines' | 'decision' | 'note'>,
): string {
  return contentHash({ report, lines: review.lines, decision: review.decision, note: review.note });
}
