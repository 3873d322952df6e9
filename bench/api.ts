/**
 * bench:api — p50/p99 of the main read routes over HTTP, against the bare DynamoDB call each route
 * needs, made with the same client and concurrency in the same run: the floor is the database.
 */

import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { serve } from '@hono/node-server';
import { createApp } from '../functions/api/app';
import { wireAllDeps } from '../functions/api/wire-all-deps';
import { createDocumentClient, createDynamoClient } from '../functions/data/dynamo-client';
import { ensureTable } from '../functions/data/ensure-table';
import { keys } from '../functions/data/table-design';
import { demoCalls, demoPlan, seedDemoData } from '../functions/local/demo-data';
import { createDevIssuer } from '../functions/local/dev-issuer';
import { startDynamoLocal } from '../functions/local/dynamo-local';
import { latencies, ms, summarise, writeResult } from './stats';

const REQUESTS = 400;
const CONCURRENCY = 8;
const ROUNDS = 3;

const measure = (task: () => Promise<unknown>) => latencies(task, REQUESTS, CONCURRENCY);

const dynamo = await startDynamoLocal();
const client = createDynamoClient({ endpoint: dynamo.endpoint });
try {
  await ensureTable(client, 'bench');
  const db = createDocumentClient(client);
  const issuer = await createDevIssuer();
  const deps = wireAllDeps({
    db,
    tableName: 'bench',
    auth: { issuer: issuer.issuer, audience: issuer.audience, jwks: { keys: issuer.jwks } },
  });
  const now = new Date();
  await seedDemoData(deps, now);
  const server = serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const callId = demoCalls(now)[0]?.id ?? '';
  const plan = demoPlan(now);
  const token = await issuer.sign({
    sub: 's',
    email: 's@x.test',
    name: 's',
    orgName: 's',
    role: 'sme',
    orgId: plan.companyId,
  });
  const get =
    (path: string, auth = false) =>
    async () =>
      (
        await fetch(`${base}${path}`, auth ? { headers: { authorization: `Bearer ${token}` } } : {})
      ).arrayBuffer();

  const routes = [
    {
      route: 'GET /api/calls (open calls)',
      api: get('/api/calls?limit=20'),
      floor: () =>
        db.send(
          new QueryCommand({
            TableName: 'bench',
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk > :now',
            ExpressionAttributeValues: { ':pk': keys.publishedCalls(), ':now': new Date().toISOString() },
            Limit: 20,
          }),
        ),
    },
    {
      route: 'GET /api/calls/:id',
      api: get(`/api/calls/${callId}`),
      floor: () => db.send(new GetCommand({ TableName: 'bench', Key: keys.call(callId) })),
    },
    {
      route: 'GET /api/plans/:id (signed in)',
      api: get(`/api/plans/${plan.id}`, true),
      floor: () => db.send(new GetCommand({ TableName: 'bench', Key: keys.plan(plan.companyId, plan.id) })),
    },
  ];

  const results = [];
  for (const r of routes) {
    const api: { p50: number; p99: number }[] = [];
    const floor: { p50: number; p99: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      floor.push(await measure(r.floor));
      api.push(await measure(r.api));
    }
    results.push({
      route: r.route,
      apiP50: summarise(api.map((x) => x.p50)),
      apiP99: summarise(api.map((x) => x.p99)),
      dbP50: summarise(floor.map((x) => x.p50)),
      dbP99: summarise(floor.map((x) => x.p99)),
    });
  }
  server.close();

  console.log(
    `\nAPI overhead: ${REQUESTS} requests × ${ROUNDS} rounds, ${CONCURRENCY} at a time, HTTP to the local API vs the bare DynamoDB call\n`,
  );
  console.log('| route | API p50 (min–max) | DB p50 | API p99 | DB p99 | p50 ratio |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.route} | ${ms(r.apiP50.median)} (${ms(r.apiP50.min)}–${ms(r.apiP50.max)}) | ${ms(r.dbP50.median)} | ${ms(r.apiP99.median)} | ${ms(r.dbP99.median)} | ${(r.apiP50.median / r.dbP50.median).toFixed(2)} |`,
    );
  }
  console.log(`written to ${writeResult('api', { requests: REQUESTS, concurrency: CONCURRENCY, results })}`);
} finally {
  client.destroy();
  await dynamo.stop();
}
