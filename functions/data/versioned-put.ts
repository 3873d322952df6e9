/**
 * Optimistic locking for every store: a write succeeds only if the item still has the revision the
 * writer read (0 = must not exist yet). A lost race becomes ConflictError, never a silent overwrite.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from './store-errors';

export async function putVersioned(
  db: DynamoDBDocumentClient,
  tableName: string,
  item: Record<string, unknown> & { revision: number },
  expectedRevision: number,
  what: string,
): Promise<void> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: item,
        ...(expectedRevision === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: '#revision = :expected',
              ExpressionAttributeNames: { '#revision': 'revision' },
              ExpressionAttributeValues: { ':expected': expectedRevision },
            }),
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw new ConflictError(
        expectedRevision === 0
          ? `${what} exists already`
          : `${what} was changed by someone else since revision ${expectedRevision}`,
      );
    }
    throw error;
  }
}
