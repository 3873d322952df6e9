/**
 * The reconciler (ADR 0012): a Lambda run every minute by EventBridge Scheduler that frees the places
 * and reservations of submits that died and promotes waitlists. Granted exactly the table actions it
 * issues (RECONCILER_TABLE_ACTIONS; tests/integration/reconciler.test.ts records them). Runs are idempotent, so an
 * overlapping or repeated run changes nothing.
 */
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ILayerVersion } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { RECONCILER_TABLE_ACTIONS } from './api-areas';
import { grantFitFunction } from './grantfit-function';

export interface ReconcilerProps {
  table: ITable;
  functionsDir: string;
  powertools: ILayerVersion;
  logRetention: RetentionDays;
}

export class Reconciler extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: ReconcilerProps) {
    super(scope, id);
    this.fn = grantFitFunction(this, 'Handler', {
      functionsDir: props.functionsDir,
      entry: 'lambda/reconciler.ts',
      serviceName: 'grantfit-reconciler',
      memoryMb: 512,
      powertools: props.powertools,
      logRetention: props.logRetention,
      environment: { TABLE_NAME: props.table.tableName },
    });
    props.table.grant(this.fn, ...RECONCILER_TABLE_ACTIONS.map((action) => `dynamodb:${action}`));
    new Schedule(this, 'EveryMinute', {
      description: 'Frees places and reservations of submits that died; promotes waitlists (ADR 0012)',
      schedule: ScheduleExpression.rate(Duration.minutes(1)),
      target: new LambdaInvoke(this.fn, { retryAttempts: 0 }),
    });
  }
}
