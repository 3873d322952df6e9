/** The port for consultant reviews; DynamoReviewStore is the adapter. */
import type { Review, ReviewOutcome } from '../../shared/reviews/review-schema';
import type { AuditEntry } from '../audit/audit-entry';
import type { Page } from '../data/page-cursor';

export interface ReviewStore {
  /**
   * Creates the review and claims its application for it, in one transaction: an application has at
   * most one review, ever. ConflictError when the application already has one.
   */
  create(review: Review): Promise<void>;
  get(id: string): Promise<Review | undefined>;
  /** The id of the application's review, if it was shared. */
  idForApplication(applicationId: string): Promise<string | undefined>;
  /** The consultant organisation's queue, newest first, a page at a time. */
  listForConsultant(consultantOrgId: string, page: { limit: number; cursor?: string }): Promise<Page<Review>>;
  /** Optimistic locking on revision; ConflictError when stale. */
  replace(next: Review, expectedRevision: number): Promise<void>;
  /**
   * Freezes the review and records its outcome on the application, in one transaction; ConflictError
   * when the review changed or the application already carries a signed outcome.
   */
  sign(next: Review, expectedRevision: number, outcome: ReviewOutcome, audit: AuditEntry): Promise<void>;
}
