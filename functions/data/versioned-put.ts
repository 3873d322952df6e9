/**
 * Optimistic locking for every store: a write succeeds only if the item still has the revision the
 * writer read (0 = must not exist yet). A lost race becomes ConflictError, never a silent overwrite.
 * Items that must land with it (an audit entry, new) and updates that must (a change counter) go in the
 * same transaction.
 */

export type TransactUpdate = NonNullable<TransactWriteCommandInput['TransactItems']>[number]['Update'];

import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  PutCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError } from './store-errors';
import { transactWrite } from './transact-write';

export async function putVersioned(
  db: DynamoDBDocumentClient,
  tableName: string,
  item: Record<string, unknown> & { revision: number },
  expectedRevision: number,
  what: string,
  alongside: Record<string, unknown>[] = [],
  updates: NonNullable<TransactUpdate>[] = [],
): Promise<void> {
  const condition =
    expectedRevision === 0
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : {
          ConditionExpression: '#revision = :expected',
          ExpressionAttributeNames: { '#revision': 'revision' },
          ExpressionAttributeValues: { ':expected': expectedRevision },
        };
  try {
    if (alongside.length === 0 && updates.length === 0) {
      await db.send(new PutCommand({ TableName: tableName, Item: item, ...condition }));
    } else {
      await transactWrite(db, {
        TransactItems: [
          { Put: { TableName: tableName, Item: item, ...condition } },
          ...alongside.map((extra) => ({
            Put: { TableName: tableName, Item: extra, ConditionExpression: 'attribute_not_exists(pk)' },
          })),
          ...updates.map((update) => ({ Update: update })),
        ],
      });
    }
  } catch (error) {
    const lost =
      error instanceof ConditionalCheckFailedException ||
      (error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed');
    if (lost) {
      throw new ConflictError(
        expectedRevision === 0
          ? `${what} exists already`
          : `${what} was changed by someone else since revision ${expectedRevision}`,
      );
    }
    throw error;
  }
}
