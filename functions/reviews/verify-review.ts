/**
 * A signed review is checked on every read: its hash is recomputed from the stored content and compared
 * with the one frozen at sign-off, and with the outcome written on the application in the same
 * transaction. A mismatch means someone changed the table behind the API: the review is served as
 * tampered (never as simply signed) and an error is logged, which the deployed alarm reports.
 */
import type { Application } from '../../shared/applications/application-schema';
import { outcomeGrantOf, type Review, type ReviewIntegrity } from '../../shared/reviews/review-schema';
import { consoleErrorLog } from '../api/error-log';
import type { AuthUser } from '../auth/token-verifier';
import { NotFoundError } from '../errors/use-case-errors';
import { type ReviewDeps, reviewedApplication } from './review-access';
import { reviewContentHash } from './review-hash';

/** Open reviews have no integrity yet: they carry no signature. */
export function withIntegrity(deps: ReviewDeps, review: Review, application: Application): Review {
  if (review.status !== 'signed') return review;
  const computed = reviewContentHash(application.report, review);
  const outcome = application.review;
  const intact =
    review.contentHash === computed &&
    outcome?.reviewId === review.id &&
    outcome.contentHash === computed &&
    outcome.decision === review.decision &&
    outcome.signedAt === review.signedAt &&
    // The signed review says whether its outcome carries the grant (older ones carry none).
    outcome.grantCents === (review.grantOnOutcome ? outcomeGrantOf(review) : undefined);
  const integrity: ReviewIntegrity = intact ? 'verified' : 'tampered';
  if (!intact) {
    (deps.log ?? consoleErrorLog).error(
      'signed review tampered: its content no longer matches its signature',
      {
        reviewId: review.id,
        applicationId: review.applicationId,
        storedHash: review.contentHash,
        computedHash: computed,
      },
    );
  }
  return { ...review, integrity };
}

export interface ReviewCheck {
  reviewId: string;
  status: Review['status'];
  integrity?: ReviewIntegrity;
}

/** The check on its own: for the consultancy that signed it and for the SME whose application it is. */
export async function verifyReview(deps: ReviewDeps, user: AuthUser, id: string): Promise<ReviewCheck> {
  const review = await deps.reviews.get(id);
  const mine =
    review &&
    ((user.roles.includes('consultant') && review.consultantOrgId === user.orgId) ||
      (user.roles.includes('sme') && review.companyId === user.orgId));
  if (!review || !mine) throw new NotFoundError('not_found', 'No review with this id concerns you.');
  const checked = withIntegrity(deps, review, await reviewedApplication(deps, review));
  return { reviewId: review.id, status: review.status, integrity: checked.integrity };
}
