/**
 * The HTTP API: one Lambda per area (infra/lib/api-areas.ts), the Cognito JWT authorizer on every route
 * but the public reads, stage throttling and JSON access logs. No CORS: the web app calls the API on
 * its own origin through CloudFront's /api/* behaviour, so browsers refuse every other origin.
 */
import { type CfnStage, HttpApi, HttpMethod, type HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ILayerVersion } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_AREAS, type ApiAreaSpec } from './api-areas';
import { ApiFunction } from './api-function';
import type { StageConfig } from './stage-config';

/** The gateway route submits arrive on (the applications area's, any method). */
export const APPLICATIONS_ROUTE = 'ANY /api/applications';
/** The public route of a call's budget figures. */
export const AVAILABILITY_ROUTE = 'GET /api/calls/{id}/availability';
/** The route a waitlisted receipt polls for its place (same function as the submits). */
export const STANDING_ROUTE = 'ANY /api/applications/{id}/standing';

export interface ApiProps {
  table: ITable;
  jwtIssuer: string;
  jwtAudience: string;
  /** The secret CloudFront sends the API (ADR 0033), as a CloudFormation dynamic reference. */
  originVerify: string;
  /** A second value the functions accept only while the secret changes (ADR 0033's steps). */
  originVerifyAlso?: string;
  functionsDir: string;
  config: StageConfig;
  powertools: ILayerVersion;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly functions: ReadonlyMap<ApiAreaSpec['name'], ApiFunction>;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', { description: 'GrantFit API' });
    // Every route needs a valid Cognito ID token at the gateway, except the public reads; the handlers
    // verify tokens again (issuer, audience, RS256, expiry) and check roles.
    const authorizer = new HttpJwtAuthorizer('CognitoIdTokens', props.jwtIssuer, {
      jwtAudience: [props.jwtAudience],
    });
    const functions = new Map<ApiAreaSpec['name'], ApiFunction>();
    /** Routes the stage throttles on their own: the stage may name them only once they exist. */
    const throttledRoutes: HttpRoute[] = [];
    const throttled = new Set([APPLICATIONS_ROUTE, AVAILABILITY_ROUTE, STANDING_ROUTE]);
    for (const area of API_AREAS) {
      const fn = new ApiFunction(this, pascal(area.name), {
        area,
        functionsDir: props.functionsDir,
        table: props.table,
        jwtIssuer: props.jwtIssuer,
        jwtAudience: props.jwtAudience,
        originVerify: props.originVerify,
        originVerifyAlso: props.originVerifyAlso,
        powertools: props.powertools,
        logRetention: props.config.logRetention,
        reservedConcurrency:
          area.name === 'applications' ? props.config.applications.reservedConcurrency : undefined,
      });
      functions.set(area.name, fn);
      const integration = new HttpLambdaIntegration(`${pascal(area.name)}Integration`, fn.fn);
      for (const path of area.routes) {
        const added = this.httpApi.addRoutes({ path, methods: [HttpMethod.ANY], integration, authorizer });
        if (throttled.has(`ANY ${path}`)) throttledRoutes.push(...added);
      }
      for (const path of area.publicReads) {
        const added = this.httpApi.addRoutes({ path, methods: [HttpMethod.GET], integration });
        if (throttled.has(`GET ${path}`)) throttledRoutes.push(...added);
      }
    }
    this.functions = functions;

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.config.logRetention });
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
    stage.defaultRouteSettings = {
      throttlingBurstLimit: props.config.throttle.burstLimit,
      throttlingRateLimit: props.config.throttle.rateLimit,
    };
    // Submits answer 429 at the gateway before the call's budget item saturates (stage-config.ts).
    // RouteSettings is plain JSON to CloudFormation: its keys are written as the template spells them.
    stage.routeSettings = {
      [APPLICATIONS_ROUTE]: {
        ThrottlingBurstLimit: props.config.applications.burstLimit,
        ThrottlingRateLimit: props.config.applications.rateLimit,
      },
      [AVAILABILITY_ROUTE]: {
        ThrottlingBurstLimit: props.config.availability.burstLimit,
        ThrottlingRateLimit: props.config.availability.rateLimit,
      },
      [STANDING_ROUTE]: {
        ThrottlingBurstLimit: props.config.standing.burstLimit,
        ThrottlingRateLimit: props.config.standing.rateLimit,
      },
    };
    for (const route of throttledRoutes) stage.node.addDependency(route);
  }
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
