/** Lambda entry point: the whole API behind API Gateway's HTTP API. Wiring only; logic lives in api/. */
import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app';
import { wireDeps } from '../api/wire-deps';
import { readLambdaEnv } from '../config/lambda-env';
import { createDocumentClient, createDynamoClient } from '../data/dynamo-client';

const env = readLambdaEnv();

const app = createApp(
  wireDeps({
    db: createDocumentClient(createDynamoClient()),
    tableName: env.TABLE_NAME,
    auth: {
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      jwks: { url: `${env.JWT_ISSUER}/.well-known/jwks.json` },
    },
  }),
);

export const handler = handle(app);
