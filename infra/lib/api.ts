/** The API Lambda (built from functions/lambda/api.ts with local esbuild) behind an HTTP API. */
import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Reads anyone may make: published calls, their versions, and the API's own description. */
export const PUBLIC_READS = [
  '/api/health',
  '/api/openapi.json',
  '/api/docs',
  '/api/calls',
  '/api/calls/{id}',
  '/api/calls/{id}/versions/{version}',
] as const;

export const API_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:Query',
] as const;

export interface ApiProps {
  table: ITable;
  jwtIssuer: string;
  jwtAudience: string;
  functionsDir: string;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly handler: NodejsFunction;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.handler = new NodejsFunction(this, 'Handler', {
      entry: join(props.functionsDir, 'lambda/api.ts'),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      loggingFormat: LoggingFormat.JSON,
      logGroup: new LogGroup(this, 'HandlerLogs', { retention: RetentionDays.ONE_MONTH }),
      environment: {
        TABLE_NAME: props.table.tableName,
        JWT_ISSUER: props.jwtIssuer,
        JWT_AUDIENCE: props.jwtAudience,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        minify: true,
        sourceMap: true,
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        // Some dependencies still call require(); ESM bundles need it defined.
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      },
    });
    // Exactly the actions the API issues; no Scan, no DeleteItem, never dynamodb:*.
    props.table.grant(this.handler, ...API_TABLE_ACTIONS);

    this.httpApi = new HttpApi(this, 'HttpApi', { description: 'GrantFit API' });
    const integration = new HttpLambdaIntegration('ApiIntegration', this.handler);
    // Every route needs a valid Cognito ID token at the gateway, except the public reads below; the
    // handler verifies tokens again (issuer, audience, RS256, expiry) and checks roles.
    this.httpApi.addRoutes({
      path: '/api/{proxy+}',
      methods: [HttpMethod.ANY],
      integration,
      authorizer: new HttpJwtAuthorizer('CognitoIdTokens', props.jwtIssuer, {
        jwtAudience: [props.jwtAudience],
      }),
    });
    for (const path of PUBLIC_READS) {
      this.httpApi.addRoutes({ path, methods: [HttpMethod.GET], integration });
    }

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    const stage = this.httpApi.defaultStage?.node.defaultChild as CfnStage;
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        method: '$context.httpMethod',
        path: '$context.path',
        status: '$context.status',
        latencyMs: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
      }),
    };
    stage.defaultRouteSettings = { throttlingBurstLimit: 500, throttlingRateLimit: 1000 };
  }
}
