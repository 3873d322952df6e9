/**
 * Sign-off: only a complete review can be signed (every line of the report reviewed, a decision
 * recorded; 422 names what is missing). Signing freezes the review with a content hash and writes the
 * outcome on the application in one transaction, which refuses if the application already has one.
 * The reviewed totals (the engine re-run with the consultant's amounts) are computed once more from the
 * final verdicts and frozen with it.
 */
import type { FieldError } from '../../shared/api/error-body';
import {
  outcomeGrantOf,
  type Review,
  type ReviewOutcome,
  unreviewedLines,
} from '../../shared/reviews/review-schema';
import { auditEntry } from '../audit/audit-entry';
import type { AuthUser } from '../auth/token-verifier';
import { ConflictError } from '../data/store-errors';
import { RuleRefusalError, StateConflictError } from '../errors/use-case-errors';
import { computeReviewed } from './compute-reviewed';
import { openForChange, type ReviewDeps, reviewedApplication } from './review-access';
import { reviewContentHash } from './review-hash';

export async function signReview(
  deps: ReviewDeps,
  user: AuthUser,
  id: string,
  revision: number,
): Promise<Review> {
  const review = await openForChange(deps, user.orgId, id, revision);
  const application = await reviewedApplication(deps, review);
  const missing: FieldError[] = [
    ...(review.decision ? [] : [{ path: 'decision', message: 'is not recorded yet' }]),
    ...unreviewedLines(
      review,
      application.report.lines.map((l) => l.lineId),
    ).map((lineId) => ({ path: `lines.${lineId}`, message: 'is not reviewed yet' })),
  ];
  if (!review.decision || missing.length > 0) {
    throw new RuleRefusalError(
      'review_incomplete',
      'Review every line and record a decision before signing.',
      missing,
    );
  }
  if (application.review)
    throw new StateConflictError(
      'application_decided',
      'The application already carries a signed review decision.',
    );

  const at = deps.now().toISOString();
  // Computed again at sign-off from the final verdicts, frozen with the review and covered by its hash.
  const reviewed = await computeReviewed(deps, application, review.lines);
  // Frozen with the review and covered by its hash: the reviewed totals, and that the outcome carries the grant.
  const frozen = { ...review, reviewed, grantOnOutcome: true as const };
  const hash = reviewContentHash(application.report, frozen);
  const signed: Review = {
    ...frozen,
    status: 'signed',
    signedAt: at,
    signedBy: user.sub,
    ...(user.email ? { signedByEmail: user.email } : {}),
    contentHash: hash,
    revision: review.revision + 1,
  };
  const grantCents = outcomeGrantOf(signed);
  const outcome: ReviewOutcome = {
    reviewId: review.id,
    decision: review.decision,
    signedAt: at,
    contentHash: hash,
    ...(grantCents === undefined ? {} : { grantCents }),
  };
  const audit = auditEntry(
    user,
    'application',
    application.id,
    'review signed',
    { review: application.review },
    { review: outcome },
    at,
  );
  try {
    await deps.reviews.sign(signed, review.revision, outcome, audit);
  } catch (error) {
    if (error instanceof ConflictError) throw new StateConflictError('conflict', error.message);
    throw error;
  }
  return { ...signed, integrity: 'verified' };
}
