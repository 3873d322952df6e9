/**
 * The consultancy's queue, a page at a time (newest first). Signed reviews on the page are verified
 * like any other read, so the queue never lists a tampered review as simply signed.
 */
import type { Review } from '../../shared/reviews/review-schema';
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import type { Page } from '../data/page-cursor';
import { type ReviewDeps, withCompanyName } from './review-access';
import { withIntegrity } from './verify-review';

export async function reviewQueue(
  deps: ReviewDeps & Pick<AppDeps, 'companies'>,
  user: AuthUser,
  page: { limit: number; cursor?: string },
): Promise<Page<Review>> {
  const { items, cursor } = await deps.reviews.listForConsultant(user.orgId, page);
  const checked = await Promise.all(
    items.map(async (stored) => {
      const review = await withCompanyName(deps, stored);
      if (review.status !== 'signed') return review;
      const application = await deps.applications.get(review.companyId, review.applicationId);
      // A signed review whose application vanished cannot be verified: it is not served as intact.
      return application
        ? withIntegrity(deps, review, application)
        : { ...review, integrity: 'tampered' as const };
    }),
  );
  return cursor ? { items: checked, cursor } : { items: checked };
}
