/**
 * The Lambda entry points as AWS runs them: an API Gateway (HTTP API v2) event in, a proxy result out,
 * against DynamoDB Local through the SDK's endpoint variable, with Powertools logging and metrics.
 * Each area answers its own routes and the JSON 404 for another area's.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { GROUPS_CLAIM, ORG_CLAIM, TOKEN_ALGORITHM } from '../../functions/auth/token-verifier';
import { createDynamoClient } from '../../functions/data/dynamo-client';
import { ensureTable } from '../../functions/data/ensure-table';
import { ORIGIN_VERIFY_HEADER } from '../../shared/hosting/origin-verify';

type Handler = (
  event: LambdaEvent,
  context: LambdaContext,
) => Promise<{ statusCode: number; body: string; headers?: Record<string, string> }>;

/** What CloudFront sends in ORIGIN_VERIFY_HEADER; the functions hold it in ORIGIN_VERIFY. */
const ORIGIN_SECRET = 'the-secret-cloudfront-sends-to-the-api-functions';

function httpEvent(
  method: string,
  path: string,
  requestId: string,
  fromEdge = true,
  headers: Record<string, string> = {},
): LambdaEvent {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: {
      host: 'api.example.test',
      'x-forwarded-proto': 'https',
      ...(fromEdge ? { [ORIGIN_VERIFY_HEADER]: ORIGIN_SECRET } : {}),
      ...headers,
    },
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.test',
      domainPrefix: 'api',
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: '25/Nov/2026:10:00:00 +0000',
      timeEpoch: 0,
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
    },
  } as unknown as LambdaEvent;
}

const context = {
  functionName: 'grantfit-calls',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-south-1:123456789012:function:grantfit-calls',
  memoryLimitInMB: '512',
  awsRequestId: 'aws-request-1',
  logGroupName: '/aws/lambda/grantfit-calls',
  logStreamName: 'stream',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10_000,
} as unknown as LambdaContext;

describe('Lambda entry points', () => {
  const tableName = `lambda-${randomUUID()}`;
  const output: string[] = [];
  beforeAll(async () => {
    const endpoint = inject('dynamoEndpoint');
    await ensureTable(createDynamoClient({ endpoint }), tableName);
    Object.assign(process.env, {
      TABLE_NAME: tableName,
      JWT_ISSUER: 'https://cognito-idp.eu-south-1.amazonaws.com/eu-south-1_test',
      JWT_AUDIENCE: 'web-client',
      ORIGIN_VERIFY: ORIGIN_SECRET,
      AWS_REGION: 'eu-south-1',
      AWS_ENDPOINT_URL_DYNAMODB: endpoint,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      POWERTOOLS_SERVICE_NAME: 'grantfit-calls',
      // Set by Lambda itself; Powertools counts a cold start only for on-demand environments.
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    });
    // Powertools writes JSON lines to stdout (log items, and metrics in CloudWatch's embedded format).
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        output.push(args.map(String).join(' '));
      });
    }
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        output.push(...String(chunk).split('\n').filter(Boolean));
        return true;
      });
    }
  });
  afterAll(() => vi.restoreAllMocks());

  it('serves the calls area from a gateway event, reads the table, and publishes request metrics', async () => {
    const { handler } = (await import('../../functions/lambda/calls')) as { handler: Handler };
    const list = await handler(httpEvent('GET', '/api/calls', 'req-list-1'), context);
    expect(list.statusCode).toBe(200);
    expect(JSON.parse(list.body)).toEqual({ items: [] });

    // The gateway's own address, without CloudFront's secret: refused, however public the route.
    const around = await handler(httpEvent('GET', '/api/calls', 'req-around-1', false), context);
    expect(around.statusCode).toBe(403);
    expect(JSON.parse(around.body).error.code).toBe('forbidden');

    const unauthenticated = await handler(httpEvent('GET', '/api/calls/mine', 'req-mine-1'), context);
    expect(unauthenticated.statusCode).toBe(401);

    // A call's budget figures read the budget port, which this area wires (functions/lambda/calls.ts):
    // an unknown call is a 404, where an area wired without it would answer 500.
    const figures = await handler(
      httpEvent('GET', '/api/calls/01JAAAAAAAAAAAAAAAAAAAAAAA/availability', 'req-figures-1'),
      context,
    );
    expect(figures.statusCode).toBe(404);

    // The plans routes are not in this bundle: the gateway never sends them here, and if it did they are 404.
    const foreign = await handler(httpEvent('GET', '/api/plans', 'req-foreign-1'), context);
    expect(foreign.statusCode).toBe(404);
    expect(JSON.parse(foreign.body).error.code).toBe('not_found');

    const metrics = output.filter((line) => line.includes('"_aws"')).map((line) => JSON.parse(line));
    expect(metrics.some((m) => m.Requests === 1 && m.service === 'grantfit-calls')).toBe(true);
    expect(metrics.some((m) => m.ClientErrors === 1)).toBe(true);
    expect(metrics.some((m) => m.ColdStart === 1)).toBe(true);
  });

  it('serves the reviews area with its review adapters, a token verified against the issuer’s published keys', async () => {
    // A stand-in for Cognito's JWKS address: the function fetches the keys as it does on AWS.
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM);
    const jwk = { ...(await exportJWK(publicKey)), kid: 'lambda-test', alg: TOKEN_ALGORITHM, use: 'sig' };
    const keys = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
    const calls = process.env.JWT_ISSUER;
    process.env.JWT_ISSUER = issuer;
    try {
      const { handler } = (await import('../../functions/lambda/reviews')) as { handler: Handler };
      const token = await new SignJWT({
        token_use: 'id',
        [GROUPS_CLAIM]: ['consultant'],
        [ORG_CLAIM]: 'consultancy-lambda-test',
      })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: 'lambda-test' })
        .setSubject('consultant-1')
        .setIssuer(issuer)
        .setAudience('web-client')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      // The consultant's queue reads the review port, which only this area wires (functions/lambda/reviews.ts):
      // an empty queue here, where an area wired without it would answer 500.
      const queue = await handler(
        httpEvent('GET', '/api/reviews', 'req-reviews-1', true, { authorization: `Bearer ${token}` }),
        context,
      );
      expect(queue.statusCode, queue.body).toBe(200);
      expect(JSON.parse(queue.body)).toMatchObject({ items: [] });
    } finally {
      process.env.JWT_ISSUER = calls;
      keys.close();
    }
  });

  it('logs its own failures as JSON with the request’s correlation id, and answers 500 in the error shape', async () => {
    const { handler } = (await import('../../functions/lambda/calls')) as { handler: Handler };
    // A missing table is our failure, not the client's.
    await createDynamoClient({ endpoint: inject('dynamoEndpoint') }).send(
      new DeleteTableCommand({ TableName: tableName }),
    );
    output.length = 0;
    const failing = await handler(httpEvent('GET', '/api/calls', 'req-fail-1'), context);
    expect(failing.statusCode).toBe(500);
    expect(JSON.parse(failing.body).error.code).toBe('internal');
    const logged = output.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(logged).toContainEqual(
      expect.objectContaining({ level: 'ERROR', correlation_id: 'req-fail-1', service: 'grantfit-calls' }),
    );
    const metrics = logged.filter((m) => m._aws);
    expect(metrics.some((m) => m.ServerErrors === 1)).toBe(true);
  });
});
