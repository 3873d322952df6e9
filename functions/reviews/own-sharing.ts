/**
 * Whom the SME shared one of its applications with, and whether the review is still in progress: the
 * receipt shows this instead of offering to share again (an application is reviewed once). Only the
 * consultancy's name and the dates: the consultant's verdicts stay theirs until signed.
 */
import type { ApplicationSharing } from '../../shared/reviews/review-schema';
import type { AuthUser } from '../auth/token-verifier';
import { NotFoundError } from '../errors/use-case-errors';
import { applicationAndReviewOf, type ReviewDeps } from './review-access';

export async function ownSharing(
  deps: ReviewDeps,
  user: AuthUser,
  applicationId: string,
): Promise<ApplicationSharing> {
  const found = await applicationAndReviewOf(deps, user.orgId, applicationId);
  if (!found) throw new NotFoundError('not_found', 'This application of yours is not shared for review.');
  const { review } = found;
  return {
    consultancyName: review.consultancyName,
    sharedAt: review.createdAt,
    status: review.status,
    ...(review.signedAt ? { signedAt: review.signedAt } : {}),
  };
}
