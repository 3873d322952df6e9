/**
 * bench:clickday — N prepared applications submitted at once over HTTP to the local API on DynamoDB
 * Local: accepted per second, p50/p99 latency, errors; against the raw throughput of the conditional
 * write every submit needs (one UpdateItem on the call's budget item), measured in the same run.
 *
 * Also measured in the same run, N at once each: stand-ins for the other requests a submit that reads
 * its plan and company and writes its application cannot do without — one BatchGetItem of two
 * application-sized items, one conditional PutItem of one — plus a four-item TransactWriteItems. With
 * the emulator serving them about one after another (each rate here includes the client's own CPU on
 * the same machine), such a submit can accept about 1 / (1/update + 1/batchGet + 1/put) per second;
 * that estimate is printed as a ratio beside the measured one.
 */
import {
  BatchGetItemCommand,
  type DynamoDBClient,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { serve } from '@hono/node-server';
import { createApp } from '../functions/api/app';
import { wireAllDeps } from '../functions/api/wire-all-deps';
import { createDocumentClient, createDynamoClient } from '../functions/data/dynamo-client';
import { ensureTable } from '../functions/data/ensure-table';
import { createDevIssuer } from '../functions/local/dev-issuer';
import { startDynamoLocal } from '../functions/local/dynamo-local';
import { firstComeHardwareRules, seedSme } from '../tests/integration/support/seed';
import { ms, summarise, writeResult } from './stats';

const APPLICANTS = 500;
const ROUNDS = 3;
const NOW = new Date('2026-03-10T09:00:00Z');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Requests per second when `count` of them are sent at once. */
async function perSecond(count: number, send: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await Promise.all(Array.from({ length: count }, (_, i) => send(i)));
  return count / ((performance.now() - started) / 1000);
}

/** An application-sized item (~2 KB) under its own key. */
const applicationItem = (round: number, i: number, sk: string) => ({
  pk: { S: `PRIM#${round}#${i}` },
  sk: { S: sk },
  body: { S: 'x'.repeat(2000) },
});

/** The requests a submit cannot do without, besides the budget item's update, N at once each. */
async function primitives(client: DynamoDBClient, round: number) {
  const put = await perSecond(APPLICANTS, (i) =>
    client.send(
      new PutItemCommand({
        TableName: 'bench',
        Item: applicationItem(round, i, 'APPLICATION'),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );
  const batchGet = await perSecond(APPLICANTS, (i) =>
    client.send(
      new BatchGetItemCommand({
        RequestItems: {
          bench: {
            Keys: [i, (i + 1) % APPLICANTS].map((j) => ({
              pk: { S: `PRIM#${round}#${j}` },
              sk: { S: 'APPLICATION' },
            })),
          },
        },
      }),
    ),
  );
  const transact4 = await perSecond(APPLICANTS, (i) =>
    client.send(
      new TransactWriteItemsCommand({
        TransactItems: ['A', 'B', 'C', 'D'].map((sk) => ({
          Put: {
            TableName: 'bench',
            Item: applicationItem(round, i, sk),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        })),
      }),
    ),
  );
  return { put, batchGet, transact4 };
}

const dynamo = await startDynamoLocal();
const client = createDynamoClient({ endpoint: dynamo.endpoint });
try {
  await ensureTable(client, 'bench');
  const issuer = await createDevIssuer();
  const deps = wireAllDeps({
    db: createDocumentClient(client),
    tableName: 'bench',
    auth: { issuer: issuer.issuer, audience: issuer.audience, jwks: { keys: issuer.jwks } },
    now: () => NOW,
  });
  const server = serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const sign = (role: 'sme' | 'association', orgId: string) =>
    issuer.sign({ sub: orgId, email: `${orgId}@x.test`, name: orgId, orgName: orgId, role, orgId });

  const applicants = await Promise.all(
    Array.from({ length: APPLICANTS }, async (_, i) => {
      const orgId = `sme-bench-${i}`;
      const planId = await seedSme(deps, orgId, NOW);
      return { planId, token: await sign('sme', orgId) };
    }),
  );
  const association = await sign('association', 'assoc-bench');
  const json = (token: string, body: unknown, key?: string) => ({
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(body),
  });

  const rounds: {
    acceptedPerSecond: number;
    p50: number;
    p99: number;
    errors: number;
    rawWritesPerSecond: number;
    putPerSecond: number;
    batchGetPerSecond: number;
    transact4PerSecond: number;
  }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const created = await (
      await fetch(
        `${base}/api/calls`,
        json(association, {
          title: `Bench ${round}`,
          closesAt: '2026-04-30T12:00:00+02:00',
          timeZone: 'Europe/Rome',
          budgetCents: 100 * 1_000_00,
          rules: firstComeHardwareRules(`bench-${round}`),
        }),
      )
    ).json();
    await fetch(`${base}/api/calls/${created.id}/publish`, json(association, {}));

    const started = performance.now();
    const latencies: number[] = [];
    let errors = 0;
    await Promise.all(
      applicants.map(async (a, i) => {
        const t = performance.now();
        const response = await fetch(
          `${base}/api/applications`,
          json(a.token, { planId: a.planId, callId: created.id, callVersion: 1 }, `bench-${round}-${i}`),
        );
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        if (response.status !== 201) errors += 1;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);

    // The floor: the same number of conditional UpdateItems on one item, all at once.
    const key = { pk: { S: `RAW#${round}` }, sk: { S: 'RAW' } };
    const rawWritesPerSecond = await perSecond(APPLICANTS, () =>
      client.send(
        new UpdateItemCommand({
          TableName: 'bench',
          Key: key,
          UpdateExpression: 'SET received = if_not_exists(received, :zero) + :one',
          ConditionExpression: 'attribute_not_exists(received) OR received < :max',
          ExpressionAttributeValues: {
            ':zero': { N: '0' },
            ':one': { N: '1' },
            ':max': { N: String(APPLICANTS * 10) },
          },
        }),
      ),
    );
    const { put, batchGet, transact4 } = await primitives(client, round);
    rounds.push({
      putPerSecond: put,
      batchGetPerSecond: batchGet,
      transact4PerSecond: transact4,
      acceptedPerSecond: (APPLICANTS - errors) / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      errors,
      rawWritesPerSecond,
    });
  }
  server.close();

  const accepted = summarise(rounds.map((r) => r.acceptedPerSecond));
  const raw = summarise(rounds.map((r) => r.rawWritesPerSecond));
  const p50 = summarise(rounds.map((r) => r.p50));
  const p99 = summarise(rounds.map((r) => r.p99));
  const put = summarise(rounds.map((r) => r.putPerSecond));
  const batchGet = summarise(rounds.map((r) => r.batchGetPerSecond));
  const transact4 = summarise(rounds.map((r) => r.transact4PerSecond));
  // Served one after another: a submit of update + batch read + put costs the sum of their times.
  const bound = summarise(
    rounds.map((r) => 1 / (1 / r.rawWritesPerSecond + 1 / r.batchGetPerSecond + 1 / r.putPerSecond)),
  );
  console.log(
    `\nClick day: ${APPLICANTS} applications at once over HTTP, ${ROUNDS} rounds (DynamoDB Local)\n`,
  );
  console.log('| measure | median | min | max |');
  console.log('|---|---|---|---|');
  const rate = (name: string, s: { median: number; min: number; max: number }) =>
    console.log(`| ${name} | ${s.median.toFixed(0)} | ${s.min.toFixed(0)} | ${s.max.toFixed(0)} |`);
  rate('accepted applications / s', accepted);
  rate('raw conditional writes / s (floor)', raw);
  rate('conditional PutItem (an application) / s', put);
  rate('BatchGetItem of two ~2 KB items (as plan and company) / s', batchGet);
  rate('TransactWriteItems of four items / s', transact4);
  rate('a submit of only update + batch read + put, served in turn / s', bound);
  console.log(`| latency p50 | ${ms(p50.median)} | ${ms(p50.min)} | ${ms(p50.max)} |`);
  console.log(`| latency p99 | ${ms(p99.median)} | ${ms(p99.min)} | ${ms(p99.max)} |`);
  console.log(`| errors | ${rounds.map((r) => r.errors).join(', ')} | | |`);
  console.log(
    `\nratio accepted / raw conditional writes (median): ${(accepted.median / raw.median).toFixed(2)}`,
  );
  console.log(
    `estimated best for a submit that reads its plan and company and writes its receipt and application: ${(bound.median / raw.median).toFixed(2)}`,
  );
  console.log(
    `written to ${writeResult('clickday', { applicants: APPLICANTS, rounds, accepted, raw, p50, p99, put, batchGet, transact4, bound })}`,
  );
} finally {
  client.destroy();
  await dynamo.stop();
}
