/** One API area's Lambda (see grantfit-function.ts), granted the table actions its area issues — nothing more. */
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ILayerVersion } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ApiAreaSpec } from './api-areas';
import { grantFitFunction } from './grantfit-function';

export interface ApiFunctionProps {
  area: ApiAreaSpec;
  functionsDir: string;
  table: ITable;
  jwtIssuer: string;
  jwtAudience: string;
  /** The secret CloudFront sends the API (ADR 0033), as a CloudFormation dynamic reference. */
  originVerify: string;
  /** A second value the functions accept only while the secret changes (ADR 0033's steps). */
  originVerifyAlso?: string;
  powertools: ILayerVersion;
  logRetention: RetentionDays;
  /** Concurrency kept for this function alone (the applications area on click day). */
  reservedConcurrency?: number;
}

export class ApiFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly area: ApiAreaSpec;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    this.area = props.area;
    this.fn = grantFitFunction(this, 'Handler', {
      functionsDir: props.functionsDir,
      entry: props.area.entry,
      serviceName: `grantfit-${props.area.name}`,
      memoryMb: props.area.memoryMb,
      reservedConcurrency: props.reservedConcurrency,
      powertools: props.powertools,
      logRetention: props.logRetention,
      environment: {
        TABLE_NAME: props.table.tableName,
        JWT_ISSUER: props.jwtIssuer,
        JWT_AUDIENCE: props.jwtAudience,
        ORIGIN_VERIFY: props.originVerify,
        ...(props.originVerifyAlso ? { ORIGIN_VERIFY_ALSO: props.originVerifyAlso } : {}),
      },
    });
    if (props.area.tableActions.length > 0) {
      props.table.grant(this.fn, ...props.area.tableActions.map((action) => `dynamodb:${action}`));
    }
  }
}
