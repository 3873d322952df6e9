/** The port for consultant reviews; DynamoReviewStore is the adapter. */
import type { Review, ReviewOutcome } from '../../shared/reviews/review-schema';
import type { AuditEntry } from '../audit/audit-entry';

export interface ReviewStore {
  create(review: Review): Promise<void>;
  get(id: string): Promise<Review | undefined>;
  /** The consultant organisation's queue, newest first. */
  listForConsultant(consultantOrgId: string): Promise<Review[]>;
  /** Optimistic locking on revision; ConflictError when stale. */
  replace(next: Review, expectedRevision: number): Promise<void>;
  /** Freezes the review and records its outcome on the application, in one transaction. */
  sign(next: Review, expectedRevision: number, outcome: ReviewOutcome, audit: AuditEntry): Promise<void>;
}
