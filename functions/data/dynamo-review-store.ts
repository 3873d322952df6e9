/** Reviews (AP11) and each consultant's queue (AP12); sign-off also stamps the application. */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Review, ReviewOutcome } from '../../shared/reviews/review-schema';
import type { AuditEntry } from '../audit/audit-entry';
import type { ReviewStore } from '../reviews/review-store';
import { auditItem } from './dynamo-audit-store';
import { ConflictError } from './store-errors';
import { keys, tableDesign } from './table-design';
import { putVersioned } from './versioned-put';

const { byOwner: gsi2 } = tableDesign.indexes;

function toItem(review: Review) {
  return {
    ...keys.review(review.id),
    [gsi2.partitionKey]: keys.org(review.consultantOrgId),
    [gsi2.sortKey]: keys.reviewQueueSort(review.createdAt, review.id),
    entity: 'Review',
    ...review,
  };
}

function fromItem(item: Record<string, unknown>): Review {
  const { pk: _pk, sk: _sk, gsi2pk: _a, gsi2sk: _b, entity: _e, ...review } = item;
  return review as unknown as Review;
}

export class DynamoReviewStore implements ReviewStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  create(review: Review): Promise<void> {
    return putVersioned(this.db, this.tableName, toItem(review), 0, `review ${review.id}`);
  }

  async get(id: string): Promise<Review | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.review(id), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async listForConsultant(consultantOrgId: string): Promise<Review[]> {
    const { Items } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: gsi2.name,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :reviews)',
        ExpressionAttributeNames: { '#pk': gsi2.partitionKey, '#sk': gsi2.sortKey },
        ExpressionAttributeValues: { ':pk': keys.org(consultantOrgId), ':reviews': 'REVIEW#' },
        ScanIndexForward: false,
        Limit: 100,
      }),
    );
    return (Items ?? []).map(fromItem);
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
                ConditionExpression: 'attribute_exists(pk)',
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
