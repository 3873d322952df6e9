/**
 * An SME shares one of its applications with a consultancy. An application is reviewed once: a second
 * share (to the same or another consultancy) is refused and names the existing review, so two reviews
 * can never race to put different decisions on one application. Asking another consultancy means a
 * new application; we keep this simple rule rather than hand reviews over between consultancies.
 * The consultancy must be listed in the directory (the SME picks it there), and the review keeps the
 * company's and the consultancy's names as they were at share time, so the consultant's queue shows
 * who is asking without anybody reading an organisation id.
 */
import type { Review } from '../../shared/reviews/review-schema';
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import { ConflictError } from '../data/store-errors';
import { NotFoundError, RuleRefusalError } from '../errors/use-case-errors';

export class AlreadySharedError extends Error {
  override readonly name = 'AlreadySharedError';
  constructor(readonly reviewId: string | undefined) {
    super(
      `This application was already shared for review${reviewId ? ` (review ${reviewId})` : ''}; an application is reviewed once.`,
    );
  }
}

export async function shareApplication(
  deps: Pick<AppDeps, 'applications' | 'reviews' | 'consultancies' | 'companies' | 'now' | 'newId'>,
  user: AuthUser,
  applicationId: string,
  consultantOrgId: string,
): Promise<Review> {
  const application = await deps.applications.get(user.orgId, applicationId);
  if (!application) throw new NotFoundError('not_found', 'You have no application with this id.');
  const listing = await deps.consultancies.get(consultantOrgId);
  if (!listing) {
    throw new RuleRefusalError(
      'unknown_consultancy',
      'This consultancy is not in the GrantFit directory; pick one from the list.',
      [
        {
          path: 'consultantOrgId',
          message: 'is not a consultancy listed on GrantFit; pick one from the list',
        },
      ],
    );
  }
  const profile = await deps.companies.get(user.orgId);
  if (!profile) {
    // Applying needs a profile, so this only happens to data older than that rule: say what to do.
    throw new RuleRefusalError(
      'profile_missing',
      'Complete your company profile first: the consultancy sees your company by its name.',
    );
  }
  const review: Review = {
    id: deps.newId(),
    applicationId: application.id,
    companyId: user.orgId,
    companyName: profile.company.name,
    callId: application.callId,
    consultantOrgId,
    consultancyName: listing.consultancy.name,
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
