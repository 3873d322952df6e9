/**
 * The SME reads the signed review of its own application: the decision, the note, each line's verdict
 * and the reviewed totals, verified like every other read (integrity recomputed now). Until the review
 * is signed it is the consultant's work in progress: the SME gets 404, as for an application that was
 * never shared or is not its own.
 */
import type { Application } from '../../shared/applications/application-schema';
import type { Review } from '../../shared/reviews/review-schema';
import type { AuthUser } from '../auth/token-verifier';
import { NotFoundError } from '../errors/use-case-errors';
import { applicationAndReviewOf, type ReviewDeps } from './review-access';
import { withIntegrity } from './verify-review';

export async function ownSignedReview(
  deps: ReviewDeps,
  user: AuthUser,
  applicationId: string,
): Promise<{ review: Review; application: Application }> {
  const found = await applicationAndReviewOf(deps, user.orgId, applicationId);
  if (found?.review.status !== 'signed')
    throw new NotFoundError('not_found', 'This application of yours has no signed review.');
  return { review: withIntegrity(deps, found.review, found.application), application: found.application };
}
