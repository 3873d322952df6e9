/**
 * Lambda entry — the reconciler, invoked every minute by EventBridge Scheduler: frees places and
 * reservations of submits that died and promotes waitlists (functions/applications/reconcile-claims.ts).
 */
import { reconcileClaims } from '../applications/reconcile-claims';
import { DynamoApplicationStore } from '../data/dynamo-application-store';
import { DynamoBudgetStore } from '../data/dynamo-budget-store';
import { createDocumentClient, createDynamoClient } from '../data/dynamo-client';
import { logger } from './powertools';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('GrantFit reconciler is misconfigured, set: TABLE_NAME');
const db = createDocumentClient(createDynamoClient());
const deps = {
  applications: new DynamoApplicationStore(db, tableName),
  budgets: new DynamoBudgetStore(db, tableName),
  now: () => new Date(),
};

export async function handler(): Promise<void> {
  const report = await reconcileClaims(deps);
  if (report.released > 0 || report.promoted > 0 || report.settled > 0)
    logger.info('reconciled', { ...report });
}
