/**
 * A company's one live application per call (AP15): `pk=COMPANY#<orgId>`, `sk=CALLAPP#<callId>` names
 * the application holding the place. Submitting claims it with a conditional write BEFORE any budget
 * is reserved, so of two submits with different keys exactly one goes on and the other reserves
 * nothing. Claiming again for the same application succeeds (retries of one key end in the same
 * application); a withdrawal frees the place in the transaction that withdraws (see freeSlotWrite).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './table-design';

interface Slot {
  applicationId: string;
  live: boolean;
}

export async function readSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  companyId: string,
  callId: string,
): Promise<Slot | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.applicationSlot(companyId, callId),
      ConsistentRead: true,
    }),
  );
  return Item ? { applicationId: String(Item.applicationId), live: Item.live === true } : undefined;
}

/** Claims the place for `applicationId`; returns undefined when it holds it, else the live holder's id. */
export async function claimSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  companyId: string,
  callId: string,
  applicationId: string,
): Promise<string | undefined> {
  // A free place can be freed and re-taken between our write and our read: try a few times.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.applicationSlot(companyId, callId),
            entity: 'ApplicationSlot',
            applicationId,
            live: true,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR applicationId = :id OR live = :free',
          ExpressionAttributeValues: { ':id': applicationId, ':free': false },
        }),
      );
      return undefined;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const holder = await readSlot(db, tableName, companyId, callId);
      if (holder?.live && holder.applicationId !== applicationId) return holder.applicationId;
    }
  }
  throw new Error(`the application place of ${companyId} in call ${callId} keeps changing`);
}

/** The transaction item that frees the place, only while this application holds it. */
export function freeSlotWrite(tableName: string, companyId: string, callId: string, applicationId: string) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.applicationSlot(companyId, callId),
      UpdateExpression: 'SET live = :free',
      ConditionExpression: 'applicationId = :id',
      ExpressionAttributeValues: { ':free': false, ':id': applicationId },
    },
  };
}
