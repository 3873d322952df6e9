/**
 * The daily catalogue import (issue #16, ADR 0017): EventBridge Scheduler runs a Lambda every morning
 * (Rome time) that downloads the portal's export, imports it and stores it idempotently. Granted exactly
 * the table actions it issues (CATALOGUE_IMPORT_TABLE_ACTIONS). A failed run is reported by the
 * function's Errors alarm (Observability); an unusual share of rejected records, or no run in a day, by
 * the alarm on the share it publishes.
 */
import { Duration, TimeZone } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ILayerVersion } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { CATALOGUE_IMPORT_TABLE_ACTIONS } from './api-areas';
import { grantFitFunction } from './grantfit-function';

/**
 * The portal's whole catalogue as JSON from its Solr index (the shape the importer reads; the daily CSV
 * export is not one of them). Overridden with `--context catalogueExportUrl=…`.
 */
export const DEFAULT_CATALOGUE_EXPORT_URL =
  'https://www.incentivi.gov.it/solr/coredrupal/select?q=index_id:incentivi&wt=json&rows=20000';
export const CATALOGUE_IMPORT_SERVICE = 'grantfit-catalogue-import';
/** Above 5 % of records rejected the run stores nothing (functions/lambda/catalogue-import.ts) and this alarms. */
export const CATALOGUE_REJECTED_ALARM_BP = 500;

export interface CatalogueImportProps {
  table: ITable;
  functionsDir: string;
  powertools: ILayerVersion;
  logRetention: RetentionDays;
  exportUrl: string;
}

export class CatalogueImport extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: CatalogueImportProps) {
    super(scope, id);
    this.fn = grantFitFunction(this, 'Handler', {
      functionsDir: props.functionsDir,
      entry: 'lambda/catalogue-import.ts',
      serviceName: CATALOGUE_IMPORT_SERVICE,
      memoryMb: 1024,
      timeout: Duration.minutes(15),
      powertools: props.powertools,
      logRetention: props.logRetention,
      environment: { TABLE_NAME: props.table.tableName, CATALOGUE_EXPORT_URL: props.exportUrl },
    });
    props.table.grant(this.fn, ...CATALOGUE_IMPORT_TABLE_ACTIONS.map((action) => `dynamodb:${action}`));
    new Schedule(this, 'EveryMorning', {
      description: 'Imports the national incentives catalogue from incentivi.gov.it (issue #16)',
      schedule: ScheduleExpression.cron({ minute: '30', hour: '5', timeZone: TimeZone.EUROPE_ROME }),
      // A retry of a whole import is safe (it is idempotent) and rides out a short outage of the portal.
      target: new LambdaInvoke(this.fn, { retryAttempts: 2 }),
    });
  }
}
