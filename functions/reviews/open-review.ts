/** A consultant opens one review with its application; a signed one is verified on the way out. */
import type { Application } from '../../shared/applications/application-schema';
import type { Review } from '../../shared/reviews/review-schema';
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import { ownReview, type ReviewDeps, reviewedApplication, withCompanyName } from './review-access';
import { withIntegrity } from './verify-review';

export async function openReview(
  deps: ReviewDeps & Pick<AppDeps, 'companies'>,
  user: AuthUser,
  id: string,
): Promise<{ review: Review; application: Application }> {
  const review = await withCompanyName(deps, await ownReview(deps, user.orgId, id));
  const application = await reviewedApplication(deps, review);
  return { review: withIntegrity(deps, review, application), application };
}
