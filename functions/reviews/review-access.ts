/** What every review use case needs: the consultancy's own review, open for change, and its application. */
import type { Application } from '../../shared/applications/application-schema';
import type { Review } from '../../shared/reviews/review-schema';
import type { AppDeps } from '../api/app-deps';
import { ConflictError } from '../data/store-errors';
import { NotFoundError, StateConflictError } from '../errors/use-case-errors';

export type ReviewDeps = Pick<AppDeps, 'reviews' | 'applications' | 'calls' | 'now' | 'log'>;

/** Another consultancy's review is answered as absent, not forbidden: its id says nothing. */
export async function ownReview(deps: ReviewDeps, consultantOrgId: string, id: string): Promise<Review> {
  const review = await deps.reviews.get(id);
  if (!review || review.consultantOrgId !== consultantOrgId)
    throw new NotFoundError('not_found', 'No review with this id is shared with you.');
  return review;
}

/**
 * The SME's side: one of its applications and the review it was shared for, or undefined when the
 * application is not its own or was never shared. The review is found through the application's claim
 * (AP13), not through the outcome stamped on the application: a review whose stamp was removed in the
 * table is still found (and served as tampered).
 */
export async function applicationAndReviewOf(
  deps: ReviewDeps,
  smeOrgId: string,
  applicationId: string,
): Promise<{ application: Application; review: Review } | undefined> {
  const application = await deps.applications.get(smeOrgId, applicationId);
  const reviewId = application ? await deps.reviews.idForApplication(application.id) : undefined;
  const review = reviewId ? await deps.reviews.get(reviewId) : undefined;
  if (!application || !review || review.companyId !== smeOrgId) return undefined;
  return { application, review };
}

/** The review at the revision the consultant read, and not signed yet. */
export async function openForChange(
  deps: ReviewDeps,
  consultantOrgId: string,
  id: string,
  revision: number,
): Promise<Review> {
  const review = await ownReview(deps, consultantOrgId, id);
  if (review.status === 'signed')
    throw new StateConflictError('review_signed', 'The review is signed and frozen.');
  if (review.revision !== revision)
    throw new StateConflictError('conflict', `The review is at revision ${review.revision}; reload it.`);
  return review;
}

export async function reviewedApplication(deps: ReviewDeps, review: Review): Promise<Application> {
  const application = await deps.applications.get(review.companyId, review.applicationId);
  if (!application) throw new NotFoundError('not_found', 'The reviewed application no longer exists.');
  return application;
}

/**
 * Reviews shared before the company's name was kept carry none: its profile names it on the way out,
 * so the consultant reads a name there too (nothing is written; a profile-less company stays unnamed).
 */
export async function withCompanyName(deps: Pick<AppDeps, 'companies'>, review: Review): Promise<Review> {
  if (review.companyName !== undefined) return review;
  const profile = await deps.companies.get(review.companyId);
  return profile ? { ...review, companyName: profile.company.name } : review;
}

/** Writes the next revision; a lost race is a 409, never a silent overwrite. */
export async function saveReview(deps: ReviewDeps, next: Review, expectedRevision: number): Promise<Review> {
  try {
    await deps.reviews.replace(next, expectedRevision);
  } catch (error) {
    if (error instanceof ConflictError) throw new StateConflictError('conflict', error.message);
    throw error;
  }
  return next;
}
