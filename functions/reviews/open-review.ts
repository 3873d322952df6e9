/** A consultant opens one review with its application; a signed one is verified on the way out. */
import { type SharedApplication, withoutEvaluatedInputs } from '../../shared/applications/application-schema';
import type { Review } from '../../shared/reviews/review-schema';
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import { computeReviewed } from './compute-reviewed';
import { ownReview, type ReviewDeps, reviewedApplication, withCompanyName } from './review-access';
import { withIntegrity } from './verify-review';

export async function openReview(
  deps: ReviewDeps & Pick<AppDeps, 'companies'>,
  user: AuthUser,
  id: string,
): Promise<{ review: Review; application: SharedApplication }> {
  const review = await withCompanyName(deps, await ownReview(deps, user.orgId, id));
  const application = await reviewedApplication(deps, review);
  // An open review with no line reviewed yet (or older than reviewed totals) gets them on the way out.
  const current =
    review.status === 'open' && !review.reviewed
      ? { ...review, reviewed: await computeReviewed(deps, application, review.lines) }
      : review;
  // The consultant reads the report, not the company's kept profile and plan.
  return {
    review: withIntegrity(deps, current, application),
    application: withoutEvaluatedInputs(application),
  };
}
