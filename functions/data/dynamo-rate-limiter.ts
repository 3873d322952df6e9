/**
 * Rate counters in the table (AP14): one item per organisation, action and fixed window, holding the
 * request keys counted in it. One conditional UpdateItem adds the key only while the set is under the
 * limit (or already holds the key: a retry of a counted request is free), so concurrent requests on
 * several Lambdas can never overshoot. Items expire by TTL (`expiresAt`) after their window.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type RateDecision,
  type RateLimitedAction,
  type RateLimiter,
  type RateLimits,
  windowOf,
} from '../rate-limits/rate-limiter';
import { keys } from './table-design';

export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly limits: RateLimits,
    private readonly now: () => Date,
  ) {}

  async hit(orgId: string, action: RateLimitedAction, requestKey: string): Promise<RateDecision> {
    const { limit, windowSeconds } = this.limits[action];
    const window = windowOf(this.now(), windowSeconds);
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.rateCounter(orgId, action, window.start),
          UpdateExpression: 'ADD #keys :key SET entity = :entity, expiresAt = :expiresAt',
          ConditionExpression: 'attribute_not_exists(#keys) OR size(#keys) < :limit OR contains(#keys, :one)',
          ExpressionAttributeNames: { '#keys': 'requestKeys' },
          ExpressionAttributeValues: {
            ':key': new Set([requestKey]),
            ':one': requestKey,
            ':limit': limit,
            ':entity': 'RateCounter',
            // Kept a little past its window; TTL deletes it some time after.
            ':expiresAt': Math.floor(window.endsAt / 1000) + 60,
          },
        }),
      );
      return { allowed: true };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        return { allowed: false, retryAfterSeconds: window.secondsLeft };
      throw error;
    }
  }
}
