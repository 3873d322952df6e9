/**
 * Lambda entry — the daily catalogue import, run by EventBridge Scheduler: downloads the portal's
 * export (CATALOGUE_EXPORT_URL), imports and stores it (functions/catalogue/run-catalogue-import.ts),
 * and publishes the share of rejected records as a metric an alarm watches; a failed run fails the
 * invocation, which the function's Errors alarm reports.
 */
import { CatalogueImportError, runCatalogueImport } from '../catalogue/run-catalogue-import';
import { DynamoCatalogueStore } from '../data/dynamo-catalogue-store';
import { createDocumentClient, createDynamoClient } from '../data/dynamo-client';
import { logger, MetricUnit, metrics } from './powertools';

const { TABLE_NAME, CATALOGUE_EXPORT_URL } = process.env;
if (!TABLE_NAME || !CATALOGUE_EXPORT_URL) {
  throw new Error('GrantFit catalogue import is misconfigured, set: TABLE_NAME, CATALOGUE_EXPORT_URL');
}
const exportUrl = CATALOGUE_EXPORT_URL;
const store = new DynamoCatalogueStore(createDocumentClient(createDynamoClient()), TABLE_NAME);
/** More than 5 % rejected is not a bad day of the source's data: something changed. */
const MAX_REJECTED_BP = 500;

async function download(): Promise<string> {
  const response = await fetch(exportUrl, { signal: AbortSignal.timeout(120_000) });
  if (!response.ok) throw new CatalogueImportError(`the export answered ${response.status}`);
  return response.text();
}

export async function handler(): Promise<void> {
  try {
    const report = await runCatalogueImport({
      download,
      store,
      now: () => new Date(),
      maxRejectedBp: MAX_REJECTED_BP,
    });
    metrics.addMetric('CatalogueRejectedBp', MetricUnit.Count, report.rejectedBp);
    metrics.addMetric('CatalogueImported', MetricUnit.Count, report.imported);
    logger.info('catalogue imported', { ...report });
  } catch (error) {
    const partial = error instanceof CatalogueImportError ? error.partial : undefined;
    metrics.addMetric('CatalogueRejectedBp', MetricUnit.Count, partial?.rejectedBp ?? 10_000);
    logger.error('catalogue import failed', { error: error as Error, ...partial });
    throw error;
  } finally {
    metrics.publishStoredMetrics();
  }
}
