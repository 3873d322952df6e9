/** Idempotency keys (AP9): one claim per organisation and key, kept for a day. */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { IdempotencyClaim, IdempotencyStore } from '../applications/application-ports';
import { keys } from './table-design';

const KEEP_SECONDS = 24 * 60 * 60;

export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date,
  ) {}

  async claim(
    orgId: string,
    key: string,
    claim: Omit<IdempotencyClaim, 'done'>,
  ): Promise<IdempotencyClaim | 'claimed'> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.idempotency(orgId, key),
            entity: 'IdempotencyKey',
            ...claim,
            done: false,
            expiresAt: Math.floor(this.now().getTime() / 1000) + KEEP_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(orgId, key);
      if (!existing) throw error;
      return existing;
    }
  }

  async get(orgId: string, key: string): Promise<IdempotencyClaim | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.idempotency(orgId, key), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return {
      applicationId: String(Item.applicationId),
      requestHash: String(Item.requestHash),
      done: Item.done === true,
    };
  }
}
