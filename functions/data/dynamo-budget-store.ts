/**
 * A call's budget and receipts (AP8): one item holds the budget, the reserved total, the receipt
 * counter, and per application its receipt number and reservation. Every change is one conditional
 * UpdateItem, so the budget is never over-committed and receipts are never given twice.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { BudgetStore, ReceiptOutcome } from '../applications/application-ports';
import { keys } from './table-design';

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
            received: 0,
            receipts: {},
            reservations: {},
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
  ): Promise<ReceiptOutcome> {
    const names = { '#app': applicationId };
    if (reserveCents > 0 && reserveCents <= budgetCents) {
      try {
        const { Attributes } = await this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.budget(callId),
            UpdateExpression:
              'SET received = received + :one, reservedCents = reservedCents + :cents, receipts.#app = received + :one, reservations.#app = :cents',
            // reserved + cents ≤ budget, written as reserved ≤ budget − cents: conditions cannot add.
            ConditionExpression: 'attribute_not_exists(receipts.#app) AND reservedCents <= :limit',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: {
              ':one': 1,
              ':cents': reserveCents,
              ':limit': budgetCents - reserveCents,
            },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        return { receiptNo: Number(Attributes?.received), reservedCents: reserveCents };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.budget(callId),
          UpdateExpression: 'SET received = received + :one, receipts.#app = received + :one',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(receipts.#app)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { receiptNo: Number(Attributes?.received), reservedCents: 0 };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // Already received (a retry after a crash): hand back the first outcome.
      const existing = await this.outcomeOf(callId, applicationId);
      if (!existing) throw new Error(`call ${callId} has no budget`);
      return existing;
    }
  }

  private async outcomeOf(callId: string, applicationId: string): Promise<ReceiptOutcome | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.budget(callId),
        ProjectionExpression: 'receipts.#app, reservations.#app',
        ExpressionAttributeNames: { '#app': applicationId },
        ConsistentRead: true,
      }),
    );
    const receiptNo = Item?.receipts?.[applicationId];
    if (receiptNo === undefined) return undefined;
    return { receiptNo: Number(receiptNo), reservedCents: Number(Item?.reservations?.[applicationId] ?? 0) };
  }

  async get(callId: string) {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.budget(callId),
        ProjectionExpression: 'budgetCents, reservedCents, received',
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    return {
      budgetCents: Number(Item.budgetCents),
      reservedCents: Number(Item.reservedCents),
      received: Number(Item.received),
    };
  }
}
