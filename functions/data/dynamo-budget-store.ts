/**
 * A call's budget and receipt counter (AP8). The item holds counters only — budget, reserved total,
 * receipt counter, the grants freed for the waitlist — plus the markers of submits in flight (received
 * but not yet written), each removed by one more UpdateItem once its application is written. So the
 * item's size depends on how many submits are in flight at once, never on how many applications the
 * call has. No transaction touches the item on the submit path (a transaction on a hot item makes
 * every concurrent write to it fail with TransactionConflict).
 * Every change is one conditional UpdateItem: the budget is never over-committed, a receipt number is
 * never given twice, and a retry of an application in flight gets its first outcome back.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  AllocationState,
  BudgetStore,
  BudgetTotals,
  ReceiptOutcome,
} from '../applications/application-ports';
import { keys, tableDesign } from './table-design';

const { byOwner: gsi2 } = tableDesign.indexes;

/** SET clause (and its names/values) that lists the budget among those with grants freed (AP18). */
function listAsFreed(callId: string) {
  return {
    set: '#gpk = :freedList, #gsk = :callId',
    names: { '#gpk': gsi2.partitionKey, '#gsk': gsi2.sortKey },
    values: { ':freedList': keys.freedBudgets, ':callId': callId },
  };
}

/** Transaction item: a withdrawn reservation's grant is kept for the waitlist (still in reservedCents). */
export function freeForWaitlistWrite(tableName: string, callId: string, cents: number) {
  const freed = listAsFreed(callId);
  return {
    Update: {
      TableName: tableName,
      Key: keys.budget(callId),
      UpdateExpression: `SET freedCents = freedCents + :cents, ${freed.set}`,
      ConditionExpression: 'reservedCents >= :cents',
      ExpressionAttributeNames: freed.names,
      ExpressionAttributeValues: { ':cents': cents, ...freed.values },
    },
  };
}

/** Transaction item: a promoted application takes its grant from the freed grants. */
export function takeFreedWrite(tableName: string, callId: string, cents: number) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.budget(callId),
      UpdateExpression: 'SET freedCents = freedCents - :cents',
      ConditionExpression: 'freedCents >= :cents',
      ExpressionAttributeValues: { ':cents': cents },
    },
  };
}

/** Transaction item: the marker of a submit that died goes, its reservation kept for the waitlist. */
export function releaseMarkerWrite(
  tableName: string,
  callId: string,
  applicationId: string,
  marker: ReceiptOutcome,
) {
  const freed = listAsFreed(callId);
  return {
    Update: {
      TableName: tableName,
      Key: keys.budget(callId),
      UpdateExpression: `REMOVE pending.#app, pendingCents.#app SET freedCents = freedCents + :cents, ${freed.set}`,
      ConditionExpression: 'pending.#app = :no',
      ExpressionAttributeNames: { '#app': applicationId, ...freed.names },
      ExpressionAttributeValues: { ':no': marker.receiptNo, ':cents': marker.reservedCents, ...freed.values },
    },
  };
}

/** A number attribute as the document client returns it, or raw ({ N }) as a condition failure returns it. */
function numberOf(value: unknown): number {
  return typeof value === 'object' && value !== null && 'N' in value ? Number(value.N) : Number(value);
}

/** A map attribute, plain or raw ({ M }). */
function mapOf(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return 'M' in value && typeof value.M === 'object'
    ? (value.M as Record<string, unknown>)
    : (value as Record<string, unknown>);
}

/**
 * The in-flight outcome of an application in a budget item — read back after the document client
 * (plain values) or from a ConditionalCheckFailedException's item (raw attribute values).
 */
function outcomeIn(item: Record<string, unknown> | undefined, applicationId: string) {
  const pending = mapOf(item?.pending);
  const cents = mapOf(item?.pendingCents);
  if (!pending || !Object.hasOwn(pending, applicationId)) return undefined;
  const reserved = cents && Object.hasOwn(cents, applicationId) ? numberOf(cents[applicationId]) : 0;
  return { receiptNo: numberOf(pending[applicationId]), reservedCents: reserved };
}

export class DynamoBudgetStore implements BudgetStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async open(callId: string, budgetCents: number): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.budget(callId),
            entity: 'Budget',
            budgetCents,
            reservedCents: 0,
            freedCents: 0,
            received: 0,
            pending: {},
            pendingCents: {},
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async receive(
    callId: string,
    applicationId: string,
    reserveCents: number,
    budgetCents: number,
  ): Promise<ReceiptOutcome | undefined> {
    const names = { '#app': applicationId };
    if (reserveCents > 0 && reserveCents <= budgetCents) {
      try {
        const { Attributes } = await this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.budget(callId),
            UpdateExpression:
              'SET received = received + :one, reservedCents = reservedCents + :cents, pending.#app = received + :one, pendingCents.#app = :cents',
            // reserved + cents ≤ budget, written as reserved ≤ budget − cents: conditions cannot add.
            ConditionExpression: 'attribute_not_exists(pending.#app) AND reservedCents <= :limit',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: {
              ':one': 1,
              ':cents': reserveCents,
              ':limit': budgetCents - reserveCents,
            },
            ReturnValues: 'UPDATED_NEW',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return { receiptNo: Number(Attributes?.received), reservedCents: reserveCents };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        // Already in flight (an SDK retry, or another request with the same key): its first outcome.
        const first = outcomeIn(error.Item as Record<string, unknown> | undefined, applicationId);
        if (first) return first;
      }
    }
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.budget(callId),
          UpdateExpression: 'SET received = received + :one, pending.#app = received + :one',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(pending.#app)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'UPDATED_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { receiptNo: Number(Attributes?.received), reservedCents: 0 };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      if (!error.Item) throw new Error(`call ${callId} has no budget`);
      // In flight: its first outcome. Gone since: the application was written meanwhile (undefined).
      return outcomeIn(error.Item as Record<string, unknown>, applicationId);
    }
  }

  async settle(callId: string, applicationId: string, receiptNo: number): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.budget(callId),
          UpdateExpression: 'REMOVE pending.#app, pendingCents.#app',
          ConditionExpression: 'pending.#app = :no',
          ExpressionAttributeNames: { '#app': applicationId },
          ExpressionAttributeValues: { ':no': receiptNo },
        }),
      );
    } catch (error) {
      // Settled already (a retry, or the reconciler found the written application first).
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async release(callId: string, applicationId: string, outcome: ReceiptOutcome): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand(releaseMarkerWrite(this.tableName, callId, applicationId, outcome).Update),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async get(callId: string, options: { recent?: boolean } = {}): Promise<BudgetTotals | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.budget(callId),
        ProjectionExpression: 'budgetCents, reservedCents, received, freedCents',
        ConsistentRead: options.recent !== true,
      }),
    );
    if (!Item) return undefined;
    return {
      budgetCents: Number(Item.budgetCents),
      reservedCents: Number(Item.reservedCents),
      received: Number(Item.received),
      freedCents: Number(Item.freedCents ?? 0),
    };
  }

  async marker(callId: string, applicationId: string): Promise<ReceiptOutcome | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.budget(callId),
        ProjectionExpression: 'pending.#app, pendingCents.#app',
        ExpressionAttributeNames: { '#app': applicationId },
        ConsistentRead: true,
      }),
    );
    return outcomeIn(Item, applicationId);
  }

  async allocation(callId: string): Promise<AllocationState | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.budget(callId),
        ProjectionExpression: 'freedCents, received, pending, pendingCents',
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const pending = (Item.pending ?? {}) as Record<string, unknown>;
    const cents = (Item.pendingCents ?? {}) as Record<string, unknown>;
    // The first receipt in flight that will be waitlisted: nobody behind it may be promoted yet.
    const waitlistedInFlight = Object.keys(pending)
      .filter((id) => !Object.hasOwn(cents, id))
      .map((id) => Number(pending[id]));
    return {
      freedCents: Number(Item.freedCents ?? 0),
      received: Number(Item.received),
      waitlistFrozenFrom: waitlistedInFlight.length > 0 ? Math.min(...waitlistedInFlight) : undefined,
    };
  }

  async returnToPool(callId: string, freedCents: number, received: number): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.budget(callId),
          UpdateExpression:
            'SET reservedCents = reservedCents - :freed, freedCents = :zero REMOVE #gpk, #gsk',
          // Only if nobody was received since the waitlist was read: a newcomer might be waitlisted.
          ConditionExpression: 'freedCents = :freed AND received = :received',
          ExpressionAttributeNames: { '#gpk': gsi2.partitionKey, '#gsk': gsi2.sortKey },
          ExpressionAttributeValues: { ':freed': freedCents, ':received': received, ':zero': 0 },
        }),
      );
      return true;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return false;
    }
  }

  async withFreedGrants(): Promise<string[]> {
    const { Items } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: gsi2.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': gsi2.partitionKey },
        ExpressionAttributeValues: { ':pk': keys.freedBudgets },
        Limit: 100,
      }),
    );
    return (Items ?? []).map((item) => String(item[gsi2.sortKey]));
  }
}
