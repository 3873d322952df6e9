/**
 * Reviews, each consultancy's queue and the one review of an application, in memory — the twin of
 * ../data/dynamo-review-store.ts. Sign-off stamps the application through the application store's
 * twin, checking both conditions before writing either, as its transaction does.
 */
import type { Review, ReviewOutcome } from '../../shared/reviews/review-schema';
import type { AuditEntry } from '../audit/audit-entry';
import { ConflictError } from '../data/store-errors';
import { keys } from '../data/table-design';
import type { ReviewStore } from '../reviews/review-store';
import { expectRevision } from './expect-revision';
import type { InMemoryApplicationStore } from './in-memory-application-store';
import type { InMemoryAuditLog } from './in-memory-audit-log';
import { sortedPage } from './sorted-page';

/** `integrity` is worked out on each read, never stored. */
function stored({ integrity: _computed, ...review }: Review): Review {
  return structuredClone(review);
}

export class InMemoryReviewStore implements ReviewStore {
  private readonly reviews = new Map<string, Review>();
  /** The one review of each application (AP13), by application id. */
  private readonly byApplication = new Map<string, string>();

  constructor(
    private readonly applications: InMemoryApplicationStore,
    private readonly audit: InMemoryAuditLog,
  ) {}

  async create(review: Review): Promise<void> {
    if (this.reviews.has(review.id) || this.byApplication.has(review.applicationId))
      throw new ConflictError(`application ${review.applicationId} has a review already`);
    this.reviews.set(review.id, stored(review));
    this.byApplication.set(review.applicationId, review.id);
  }

  async get(id: string): Promise<Review | undefined> {
    const review = this.reviews.get(id);
    return review && structuredClone(review);
  }

  async idForApplication(applicationId: string): Promise<string | undefined> {
    return this.byApplication.get(applicationId);
  }

  async listForConsultant(consultantOrgId: string, page: { limit: number; cursor?: string }) {
    const queue = [...this.reviews.values()].filter((r) => r.consultantOrgId === consultantOrgId);
    return sortedPage(
      queue.map((r) => ({ sortKey: keys.reviewQueueSort(r.createdAt, r.id), value: structuredClone(r) })),
      `reviews:${consultantOrgId}`,
      page,
      true,
    );
  }

  async replace(next: Review, expectedRevision: number): Promise<void> {
    expectRevision(this.reviews.get(next.id)?.revision, expectedRevision, `review ${next.id}`);
    this.reviews.set(next.id, stored(next));
  }

  async sign(
    next: Review,
    expectedRevision: number,
    outcome: ReviewOutcome,
    audit: AuditEntry,
  ): Promise<void> {
    const current = this.reviews.get(next.id);
    if (
      current?.revision !== expectedRevision ||
      current.status !== 'open' ||
      !this.applications.canStampReview(next.companyId, next.applicationId)
    )
      throw new ConflictError(`review ${next.id} changed or is signed`);
    this.reviews.set(next.id, stored(next));
    this.applications.applyStampReview(next.companyId, next.applicationId, outcome);
    this.audit.append(audit);
  }
}
