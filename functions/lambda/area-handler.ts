/**
 * Builds one API area's Lambda handler: the shared base app (prefix, headers, limits, error shape)
 * with only that area's routes, real adapters (DynamoDB, Cognito's JWKS) and
 * Powertools around it. Each entry point imports only its own area, so each bundle holds only its routes.
 */

import { handle } from 'hono/aws-lambda';
import type { Hono } from 'hono/tiny';
import type { AppDeps } from '../api/app-deps';
import type { AppEnv } from '../api/app-env';
import { createBaseApp } from '../api/base-app';
import { type WireOptions, wireDeps } from '../api/wire-deps';
import { readLambdaEnv } from '../config/lambda-env';
import { createDocumentClient, createDynamoClient } from '../data/dynamo-client';
import { instrument } from './instrument';
import { logger } from './powertools';

export function createAreaHandler(
  area: (deps: AppDeps) => Hono<AppEnv>,
  /** Adapters only some areas need (catalogue, click day, reviewing), so the other bundles do not carry them. */
  adapters: Pick<WireOptions, 'catalogue' | 'clickDay' | 'reviewing'> = {},
) {
  const env = readLambdaEnv();
  const deps = wireDeps({
    db: createDocumentClient(createDynamoClient()),
    tableName: env.TABLE_NAME,
    auth: {
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      jwks: { url: `${env.JWT_ISSUER}/.well-known/jwks.json` },
    },
    log: logger,
    ...adapters,
  });
  // Only what CloudFront forwards: the gateway's own address would go around the edge's limits.
  const origin: [string, ...string[]] = [env.ORIGIN_VERIFY];
  if (env.ORIGIN_VERIFY_ALSO) origin.push(env.ORIGIN_VERIFY_ALSO);
  return instrument(handle(createBaseApp(logger, { origin }).route('/', area(deps))));
}
