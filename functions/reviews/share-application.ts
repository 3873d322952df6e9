/**
 * An SME shares one of its applications with a consultancy. An application is reviewed once: a second
 * share (to the same or another consultancy) is refused and names the existing review, so two reviews
 * can never race to put different decisions on one application. Asking another consultancy means a
 * new application; we keep this simple rule rather than hand reviews over between consultancies.
 */
import type { Review } from '../../shared/reviews/review-schema';
import type { AppDeps } from '../api/app-deps';
import { ApiError } from '../api/errors';
import type { AuthUser } from '../auth/token-verifier';
import { ConflictError } from '../data/store-errors';

export class AlreadySharedError extends Error {
  override readonly name = 'AlreadySharedError';
  constructor(readonly reviewId: string | undefined) {
    super(
      `This application was already shared for review${reviewId ? ` (review ${reviewId})` : ''}; an application is reviewed once.`,
    );
  }
}

export async function shareApplication(
  deps: Pick<AppDeps, 'applications' | 'reviews' | 'now' | 'newId'>,
  user: AuthUser,
  applicationId: string,
  consultantOrgId: string,
): Promise<Review> {
  const application = await deps.applications.get(user.orgId, applicationId);
  if (!application) throw new ApiError(404, 'not_found', 'You have no application with this id.');
  const review: Review = {
    id: deps.newId(),
    applicationId: application.id,
    companyId: user.orgId,
    callId: application.callId,
    consultantOrgId,
    status: 'open',
    lines: {},
    createdAt: deps.now().toISOString(),
    revision: 1,
  };
  try {
    await deps.reviews.create(review);
  } catch (error) {
    if (error instanceof ConflictError)
      throw new AlreadySharedError(await deps.reviews.idForApplication(application.id));
    throw error;
  }
  return review;
}
