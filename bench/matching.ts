/**
 * bench:matching — `GET /api/plans/:id/matches` over HTTP with 100, 1,000 and 6,000 open calls (the
 * demo calls' rules cloned), against its floor measured in the same run: the engine alone on the same
 * plan, company and calls, plus one DynamoDB round trip (a GetItem). Target with 6,000 calls: the
 * request within 2× that floor. Requests one at a time: matching is CPU work, and queueing behind
 * other requests on two cores would measure the queue.
 *
 * Also reported: the first request after a call changed, which reads and parses every open call
 * again (ADR 0018) — what every request cost before the warm index.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { serve } from '@hono/node-server';
import { createApp } from '../functions/api/app';
import { wireAllDeps } from '../functions/api/wire-all-deps';
import { createDocumentClient, createDynamoClient } from '../functions/data/dynamo-client';
import { ensureTable } from '../functions/data/ensure-table';
import { keys } from '../functions/data/table-design';
import { demoCalls, demoCompany, demoPlan, seedDemoData } from '../functions/local/demo-data';
import { createDevIssuer } from '../functions/local/dev-issuer';
import { startDynamoLocal } from '../functions/local/dynamo-local';
import type { Call } from '../shared/calls/call-schema';
import { matchCalls, type OpenCall } from '../shared/eligibility/match-calls';
import { latencies, ms, summarise, timeRuns, writeResult } from './stats';

const SIZES = [100, 1000, 6000];
const REQUESTS = 30;
const ROUNDS = 3;
const TABLE = 'bench-matching';

const dynamo = await startDynamoLocal();
const client = createDynamoClient({ endpoint: dynamo.endpoint });
try {
  await ensureTable(client, TABLE);
  const db = createDocumentClient(client);
  const issuer = await createDevIssuer();
  const deps = wireAllDeps({
    db,
    tableName: TABLE,
    auth: { issuer: issuer.issuer, audience: issuer.audience, jwks: { keys: issuer.jwks } },
  });
  const now = new Date();
  await seedDemoData(deps, now);
  const server = serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  // The engine-only runs between requests take seconds: keep the client's connection open across them.
  (server as import('node:http').Server).keepAliveTimeout = 120_000;
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const plan = demoPlan(now);
  const company = demoCompany();
  const token = await issuer.sign({
    sub: 's',
    email: 's@x.test',
    name: 's',
    orgName: 's',
    role: 'sme',
    orgId: plan.companyId,
  });
  const matches = async () => {
    const response = await fetch(`${base}/api/plans/${plan.id}/matches`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`matches answered ${response.status}`);
    return (await response.json()) as { items: unknown[] };
  };
  const roundTrip = () =>
    db.send(new GetCommand({ TableName: TABLE, Key: keys.plan(plan.companyId, plan.id) }));

  const templates = demoCalls(now).filter((call) => call.rules);
  const stored: Call[] = [...templates];
  const clone = (i: number): Call => {
    const template = templates[i % templates.length] as Call;
    return { ...template, id: `BENCH${String(i).padStart(21, '0')}`, title: `${template.title} #${i}` };
  };
  /** Publishes calls 8 at a time through the store, each in its own transaction with the counter. */
  const publishUpTo = async (size: number) => {
    const fresh = Array.from({ length: size - stored.length }, (_, i) => clone(stored.length + i));
    for (let i = 0; i < fresh.length; i += 8) {
      await Promise.all(fresh.slice(i, i + 8).map((call) => deps.calls.create(call)));
    }
    stored.push(...fresh);
  };

  const results = [];
  for (const size of SIZES) {
    const seeding = performance.now();
    await publishUpTo(size);
    const seededMs = performance.now() - seeding;
    const open: OpenCall[] = stored.map((call) => ({
      id: call.id,
      version: call.version ?? 1,
      rules: call.rules as NonNullable<Call['rules']>,
      rulesHash: call.rulesHash,
      title: call.title,
      closesAt: call.closesAt,
      timeZone: call.timeZone,
    }));
    const on = now.toISOString().slice(0, 10);
    const first = performance.now();
    const answered = await matches();
    const firstMs = performance.now() - first;
    if (answered.items.length !== size) throw new Error(`${answered.items.length} matches, expected ${size}`);
    // For five seconds after a change each request reads again (the open-calls GSI may lag): wait it out.
    await new Promise((resolve) => setTimeout(resolve, 6_000));

    const request: number[] = [];
    const engine: number[] = [];
    const trip: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      trip.push((await latencies(roundTrip, REQUESTS, 1)).p50);
      engine.push(summarise(timeRuns(() => matchCalls({ plan, company, calls: open, on }), REQUESTS)).median);
      request.push((await latencies(matches, REQUESTS, 1)).p50);
    }
    const requestP50 = summarise(request);
    const engineP50 = summarise(engine);
    const tripP50 = summarise(trip);
    const floor = engineP50.median + tripP50.median;
    results.push({
      calls: size,
      seededMs,
      firstAfterChangeMs: firstMs,
      requestP50,
      engineP50,
      roundTripP50: tripP50,
      ratio: requestP50.median / floor,
    });
    console.log(`${size} calls seeded in ${(seededMs / 1000).toFixed(1)} s`);
  }
  server.close();

  console.log(
    `\nMatching over HTTP: ${REQUESTS} requests × ${ROUNDS} rounds, one at a time, vs the engine on the same inputs + one GetItem\n`,
  );
  console.log(
    '| open calls | request p50 (min–max) | engine | GetItem | floor (engine + GetItem) | ratio | first request after a change |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.calls} | ${ms(r.requestP50.median)} (${ms(r.requestP50.min)}–${ms(r.requestP50.max)}) | ${ms(r.engineP50.median)} | ${ms(r.roundTripP50.median)} | ${ms(r.engineP50.median + r.roundTripP50.median)} | ${r.ratio.toFixed(2)} | ${ms(r.firstAfterChangeMs)} |`,
    );
  }
  console.log(`written to ${writeResult('matching', { requests: REQUESTS, rounds: ROUNDS, results })}`);
} finally {
  client.destroy();
  await dynamo.stop();
}
