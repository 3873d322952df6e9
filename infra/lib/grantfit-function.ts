/**
 * How every GrantFit Lambda is built and run: Node 24 on ARM64, a minified ESM bundle of one entry
 * point under functions/ with source maps, Powertools from AWS's layer (kept out of the bundle),
 * active X-Ray tracing by Lambda itself (no X-Ray SDK in the code, ADR 0026) and JSON logs with a retention.
 */
import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { Architecture, type ILayerVersion, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export const METRICS_NAMESPACE = 'GrantFit';

export interface GrantFitFunctionProps {
  functionsDir: string;
  /** Entry point under functions/. */
  entry: string;
  /** Powertools' service name: the `service` key of logs and dimension of metrics. */
  serviceName: string;
  memoryMb: number;
  powertools: ILayerVersion;
  logRetention: RetentionDays;
  environment?: Record<string, string>;
  /** 10 seconds unless the work is a batch (the daily catalogue import). */
  timeout?: Duration;
  reservedConcurrency?: number;
}

export function grantFitFunction(scope: Construct, id: string, props: GrantFitFunctionProps): NodejsFunction {
  return new NodejsFunction(scope, id, {
    entry: join(props.functionsDir, props.entry),
    handler: 'handler',
    runtime: Runtime.NODEJS_24_X,
    architecture: Architecture.ARM_64,
    memorySize: props.memoryMb,
    timeout: props.timeout ?? Duration.seconds(10),
    reservedConcurrentExecutions: props.reservedConcurrency,
    tracing: Tracing.ACTIVE,
    layers: [props.powertools],
    loggingFormat: LoggingFormat.JSON,
    logGroup: new LogGroup(scope, `${id}Logs`, { retention: props.logRetention }),
    environment: {
      ...props.environment,
      POWERTOOLS_SERVICE_NAME: props.serviceName,
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
}
