/**
 * The click-day adapters (a call's budget, idempotency keys), passed to wireDeps by whoever serves
 * routes that need them — the applications and calls areas, the local server and tests — so the other
 * areas' bundles do not carry them (as ./wire-catalogue.ts does for the catalogue).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BudgetStore, IdempotencyStore } from '../applications/application-ports';
import { DynamoBudgetStore } from '../data/dynamo-budget-store';
import { DynamoIdempotencyStore } from '../data/dynamo-idempotency-store';

export const dynamoClickDay = (
  db: DynamoDBDocumentClient,
  tableName: string,
  now: () => Date,
): { budgets: BudgetStore; idempotency: IdempotencyStore } => ({
  budgets: new DynamoBudgetStore(db, tableName),
  idempotency: new DynamoIdempotencyStore(db, tableName, now),
});
