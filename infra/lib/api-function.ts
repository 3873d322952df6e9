/**
 * One API area's Lambda: Node 24 on ARM64, a minified ESM bundle of just its entry point with source
 * maps, Powertools from AWS's layer (kept out of the bundle), X-Ray tracing, JSON logs, and the
 * table actions the area issues — nothing more.
 */
import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, type ILayerVersion, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ApiAreaSpec } from './api-areas';

export const METRICS_NAMESPACE = 'GrantFit';

export interface ApiFunctionProps {
  area: ApiAreaSpec;
  functionsDir: string;
  table: ITable;
  jwtIssuer: string;
  jwtAudience: string;
  powertools: ILayerVersion;
  logRetention: RetentionDays;
}

export class ApiFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly area: ApiAreaSpec;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    this.area = props.area;
    this.fn = new NodejsFunction(this, 'Handler', {
      entry: join(props.functionsDir, props.area.entry),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.area.memoryMb,
      timeout: Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      layers: [props.powertools],
      loggingFormat: LoggingFormat.JSON,
      logGroup: new LogGroup(this, 'Logs', { retention: props.logRetention }),
      environment: {
        TABLE_NAME: props.table.tableName,
        JWT_ISSUER: props.jwtIssuer,
        JWT_AUDIENCE: props.jwtAudience,
        POWERTOOLS_SERVICE_NAME: `grantfit-${props.area.name}`,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        minify: true,
        sourceMap: true,
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        // The runtime ships the AWS SDK and the layer ships Powertools (ADR 0007).
        externalModules: ['@aws-sdk/*', '@aws-lambda-powertools/*'],
        // Some dependencies still call require(); ESM bundles need it defined.
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      },
    });
    if (props.area.tableActions.length > 0) {
      props.table.grant(this.fn, ...props.area.tableActions.map((action) => `dynamodb:${action}`));
    }
  }
}
