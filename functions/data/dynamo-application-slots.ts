/**
 * A company's one live application per call (AP15): `pk=COMPANY#<orgId>`, `sk=CALLAPP#<callId>` names
 * the application holding the place. Submitting claims it with a conditional write BEFORE any budget
 * is reserved, so of two submits with different keys exactly one goes on and the other reserves
 * nothing. Claiming again for the same application succeeds (retries of one key end in the same
 * application); a withdrawal frees the place in the transaction that withdraws (see freeSlotWrite).
 *
 * A claim carries a deadline and sits in the sparse claims index (AP16) until the application is
 * written and its in-flight marker on the budget removed. A claim past its deadline belongs to a submit that died: the
 * reconciler frees the place and releases its reservation (DynamoApplicationStore.releaseClaim), and
 * the settle condition makes a late write of that application fail instead of landing.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ExpiredClaim } from '../applications/application-ports';
import { keys, tableDesign } from './table-design';

const { byOwner: gsi2 } = tableDesign.indexes;

interface Slot {
  applicationId: string;
  live: boolean;
}

/** The claims index shard of a place: spreads the index's writes over several partitions. */
export function claimShard(companyId: string, callId: string): number {
  let hash = 0;
  for (const ch of `${companyId}#${callId}`) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % keys.claimShards;
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

/**
 * Claims the place for `applicationId` until `deadline` (ISO); returns undefined when it holds it,
 * else the live holder's id.
 */
export async function claimSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  companyId: string,
  callId: string,
  applicationId: string,
  deadline: string,
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
            deadline,
            [gsi2.partitionKey]: keys.claims(claimShard(companyId, callId)),
            [gsi2.sortKey]: keys.claimSort(deadline, companyId, callId),
          },
          // Never over a settled claim of the same application: its submit is done.
          ConditionExpression:
            'attribute_not_exists(pk) OR live = :free OR (applicationId = :id AND attribute_not_exists(settled))',
          ExpressionAttributeValues: { ':id': applicationId, ':free': false },
        }),
      );
      return undefined;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const holder = await readSlot(db, tableName, companyId, callId);
      if (holder?.live && holder.applicationId !== applicationId) return holder.applicationId;
      if (holder?.live) return undefined;
    }
  }
  throw new Error(`the application place of ${companyId} in call ${callId} keeps changing`);
}

/** Claims whose deadline has passed, oldest first, up to `limit` per shard. */
export async function expiredClaims(
  db: DynamoDBDocumentClient,
  tableName: string,
  now: string,
  limit: number,
): Promise<ExpiredClaim[]> {
  const shards = await Promise.all(
    Array.from({ length: keys.claimShards }, (_, shard) =>
      db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: gsi2.name,
          KeyConditionExpression: '#pk = :pk AND #sk < :now',
          ExpressionAttributeNames: { '#pk': gsi2.partitionKey, '#sk': gsi2.sortKey },
          ExpressionAttributeValues: { ':pk': keys.claims(shard), ':now': now },
          Limit: limit,
        }),
      ),
    ),
  );
  return shards.flatMap((page) =>
    (page.Items ?? []).map((item) => ({
      companyId: String(item.pk).slice('COMPANY#'.length),
      callId: String(item.sk).slice('CALLAPP#'.length),
      applicationId: String(item.applicationId),
      deadline: String(item.deadline),
    })),
  );
}

/** The transaction item that frees the place, only while this application holds it. */
export function freeSlotWrite(tableName: string, companyId: string, callId: string, applicationId: string) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.applicationSlot(companyId, callId),
      UpdateExpression: 'SET live = :free REMOVE #gpk, #gsk, deadline',
      ConditionExpression: 'applicationId = :id',
      ExpressionAttributeNames: { '#gpk': gsi2.partitionKey, '#gsk': gsi2.sortKey },
      ExpressionAttributeValues: { ':free': false, ':id': applicationId },
    },
  };
}

/**
 * The transaction item that settles the place once the application is written: only while this
 * application still holds it live (the reconciler frees a place whose submit died; a late write then
 * fails). The claim stays in the claims index until its marker is settled too (clearClaimUpdate), so
 * a submit that dies in between is still found.
 */
export function settleSlotWrite(tableName: string, companyId: string, callId: string, applicationId: string) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.applicationSlot(companyId, callId),
      UpdateExpression: 'SET settled = :true',
      ConditionExpression: 'applicationId = :id AND live = :true',
      ExpressionAttributeValues: { ':true': true, ':id': applicationId },
    },
  };
}

/** Takes a settled claim out of the claims index, once its in-flight marker is gone. */
export function clearClaimUpdate(
  tableName: string,
  companyId: string,
  callId: string,
  applicationId: string,
) {
  return {
    TableName: tableName,
    Key: keys.applicationSlot(companyId, callId),
    UpdateExpression: 'REMOVE #gpk, #gsk, deadline',
    ConditionExpression: 'applicationId = :id AND settled = :true',
    ExpressionAttributeNames: { '#gpk': gsi2.partitionKey, '#gsk': gsi2.sortKey },
    ExpressionAttributeValues: { ':true': true, ':id': applicationId },
  };
}

/** The transaction item that frees an expired claim: only while it is the same, unsettled claim. */
export function releaseClaimWrite(tableName: string, claim: ExpiredClaim) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.applicationSlot(claim.companyId, claim.callId),
      UpdateExpression: 'SET live = :free REMOVE #gpk, #gsk, deadline',
      ConditionExpression:
        'applicationId = :id AND deadline = :deadline AND live = :live AND attribute_not_exists(settled)',
      ExpressionAttributeNames: { '#gpk': gsi2.partitionKey, '#gsk': gsi2.sortKey },
      ExpressionAttributeValues: {
        ':free': false,
        ':live': true,
        ':id': claim.applicationId,
        ':deadline': claim.deadline,
      },
    },
  };
}
