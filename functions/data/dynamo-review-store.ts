/**
 * Reviews (AP11), each consultant's queue (AP12) and the one review of an application (AP13);
 * sign-off also stamps the application.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Review, ReviewOutcome } from '../../shared/reviews/review-schema';
import type { AuditEntry } from '../audit/audit-entry';
import type { ReviewStore } from '../reviews/review-store';
import { auditItem } from './dynamo-audit-store';
import type { Page } from './page-cursor';
import { partitionPage } from './partition-page';
import { ConflictError } from './store-errors';
import { keys, tableDesign } from './table-design';
import { putVersioned } from './versioned-put';

const { byOwner: gsi2 } = tableDesign.indexes;

/** `integrity` is worked out on each read, never stored. */
function toItem({ integrity: _computed, ...review }: Review) {
  return {
    ...keys.review(review.id),
    [gsi2.partitionKey]: keys.org(review.consultantOrgId),
    [gsi2.sortKey]: keys.reviewQueueSort(review.createdAt, review.id),
    entity: 'Review',
    ...review,
  };
}

function fromItem(item: Record<string, unknown>): Review {
  const { pk: _pk, sk: _sk, gsi2pk: _a, gsi2sk: _b, entity: _e, integrity: _i, ...review } = item;
  return review as unknown as Review;
}

export class DynamoReviewStore implements ReviewStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The review and its application's claim (AP13) land together or not at all. */
  async create(review: Review): Promise<void> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: toItem(review),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.applicationReview(review.applicationId),
                  entity: 'ApplicationReview',
                  reviewId: review.id,
                  consultantOrgId: review.consultantOrgId,
                  createdAt: review.createdAt,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException)
        throw new ConflictError(`application ${review.applicationId} has a review already`);
      throw error;
    }
  }

  async get(id: string): Promise<Review | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.review(id), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async idForApplication(applicationId: string): Promise<string | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.applicationReview(applicationId),
        ConsistentRead: true,
      }),
    );
    return typeof Item?.reviewId === 'string' ? Item.reviewId : undefined;
  }

  listForConsultant(
    consultantOrgId: string,
    page: { limit: number; cursor?: string },
  ): Promise<Page<Review>> {
    const query = { pk: keys.org(consultantOrgId), skPrefix: 'REVIEW#', index: gsi2, newestFirst: true };
    return partitionPage(this.db, this.tableName, query, page, fromItem);
  }

  replace(next: Review, expectedRevision: number): Promise<void> {
    return putVersioned(this.db, this.tableName, toItem(next), expectedRevision, `review ${next.id}`);
  }

  async sign(
    next: Review,
    expectedRevision: number,
    outcome: ReviewOutcome,
    audit: AuditEntry,
  ): Promise<void> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: toItem(next),
                ConditionExpression: 'revision = :expected AND #status = :open',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':expected': expectedRevision, ':open': 'open' },
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: keys.application(next.companyId, next.applicationId),
                UpdateExpression: 'SET review = :outcome, revision = revision + :one',
                // A signed outcome is final: no other review (an older duplicate) may replace it.
                ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(review)',
                ExpressionAttributeValues: { ':outcome': outcome, ':one': 1 },
              },
            },
            { Put: { TableName: this.tableName, Item: auditItem(audit) } },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException)
        throw new ConflictError(`review ${next.id} changed or is signed`);
      throw error;
    }
  }
}
