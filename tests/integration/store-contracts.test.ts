/**
 * The DynamoDB adapters against the store contracts the in-memory adapters pass in the unit project
 * (functions/in-memory/in-memory-stores.test.ts): what a test proves on the in-memory twin holds here.
 * Each contract test gets a fresh table, as each in-memory test gets a fresh store.
 */
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, inject } from 'vitest';
import { clickDayStoresContract } from '../../functions/applications/click-day-stores.contract';
import { idempotencyStoreContract } from '../../functions/applications/idempotency-store.contract';
import { callStoreContract } from '../../functions/calls/call-store.contract';
import { companyStoreContract } from '../../functions/companies/company-store.contract';
import { consultancyStoreContract } from '../../functions/consultancies/consultancy-store.contract';
import { DynamoApplicationStore } from '../../functions/data/dynamo-application-store';
import { DynamoAuditStore } from '../../functions/data/dynamo-audit-store';
import { DynamoBudgetStore } from '../../functions/data/dynamo-budget-store';
import { DynamoCallStore } from '../../functions/data/dynamo-call-store';
import { createDocumentClient, createDynamoClient } from '../../functions/data/dynamo-client';
import { DynamoCompanyStore } from '../../functions/data/dynamo-company-store';
import { DynamoConsultancyStore } from '../../functions/data/dynamo-consultancy-store';
import { DynamoIdempotencyStore } from '../../functions/data/dynamo-idempotency-store';
import { DynamoPlanStore } from '../../functions/data/dynamo-plan-store';
import { DynamoReviewStore } from '../../functions/data/dynamo-review-store';
import { ensureTable } from '../../functions/data/ensure-table';
import { planStoreContract } from '../../functions/plans/plan-store.contract';
import { reviewStoreContract } from '../../functions/reviews/review-store.contract';

const client = createDynamoClient({ endpoint: inject('dynamoEndpoint') });
const db = createDocumentClient(client);
const tables: string[] = [];

async function freshTable(): Promise<string> {
  const tableName = `contract-${randomUUID()}`;
  await ensureTable(client, tableName);
  tables.push(tableName);
  return tableName;
}

afterAll(async () => {
  await Promise.all(tables.map((TableName) => client.send(new DeleteTableCommand({ TableName }))));
  client.destroy();
});

companyStoreContract('DynamoDB', async () => new DynamoCompanyStore(db, await freshTable()));
planStoreContract('DynamoDB', async () => new DynamoPlanStore(db, await freshTable()));
consultancyStoreContract('DynamoDB', async () => new DynamoConsultancyStore(db, await freshTable()));
callStoreContract('DynamoDB', async () => {
  const tableName = await freshTable();
  return { calls: new DynamoCallStore(db, tableName), audit: new DynamoAuditStore(db, tableName) };
});
idempotencyStoreContract(
  'DynamoDB',
  async () => new DynamoIdempotencyStore(db, await freshTable(), () => new Date('2026-12-03T09:00:00Z')),
);
/** The click-day and review adapters on one table, as their transactions need. */
async function clickDayAdapters() {
  const tableName = await freshTable();
  return {
    budgets: new DynamoBudgetStore(db, tableName),
    applications: new DynamoApplicationStore(db, tableName),
    idempotency: new DynamoIdempotencyStore(db, tableName, () => new Date('2026-03-10T09:00:00Z')),
    audit: new DynamoAuditStore(db, tableName),
    reviews: new DynamoReviewStore(db, tableName),
  };
}
clickDayStoresContract('DynamoDB', clickDayAdapters);
reviewStoreContract('DynamoDB', clickDayAdapters);
