/**
 * bench:catalogue (issue #16) — the catalogue's import and search, each against a floor measured in the
 * same run:
 * - import: the importer's time per 1,000 records (parse, normalise, check) vs JSON.parse of the same
 *   text, on the shipped real records repeated to 6,000 with new ids;
 * - storing: the idempotent refresh of 1,000 of them into DynamoDB Local, first and second run (6,000
 *   at once overwhelm the emulator: single requests pass its 30 s timeout);
 * - the warm index: building it over 6,000 calls, and reading 1,000 stored ones back (one paged Query);
 * - search: p50/p99 of GET /api/catalogue over HTTP with a warm index over 6,000 calls (the catalogue
 *   port in memory: a warm search reads no table), vs the bare DynamoDB GetItem round trip with the same
 *   concurrency (the cheapest request the database answers).
 * Matching a plan against the catalogue is not built yet, so it is not measured here.
 */
import { readFileSync } from 'node:fs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { serve } from '@hono/node-server';
import { createApp } from '../functions/api/app';
import { wireAllDeps } from '../functions/api/wire-all-deps';
import { InMemoryCatalogueStore } from '../functions/catalogue/in-memory-catalogue-store';
import { refreshCatalogue } from '../functions/catalogue/refresh-catalogue';
import { catalogueKeys } from '../functions/data/catalogue-keys';
import { DynamoCatalogueStore } from '../functions/data/dynamo-catalogue-store';
import { createDocumentClient, createDynamoClient } from '../functions/data/dynamo-client';
import { ensureTable } from '../functions/data/ensure-table';
import { demoCalls, demoCompany, demoPlan } from '../functions/local/demo-data';
import { createDevIssuer } from '../functions/local/dev-issuer';
import { startDynamoLocal } from '../functions/local/dynamo-local';
import { type FitSubject, possibleFits } from '../shared/catalogue/coarse-fit';
import { importCatalogueText } from '../shared/catalogue/import-catalogue';
import { CatalogueIndex } from '../shared/catalogue/search-catalogue';
import { SHIPPED_FILES } from '../shared/catalogue/testing/shipped-records';
import { matchCalls, type OpenCall } from '../shared/eligibility/match-calls';
import { planSchema } from '../shared/plans/plan-schema';
import { latencies, ms, summarise, timeRuns, writeResult } from './stats';

const TARGET = 6_000;
const REQUESTS = 400;
const CONCURRENCY = 8;

/** The shipped real records (Fonte: incentivi.gov.it, MIMIT — IODL 2.0) as one compact array of 6,000, ids renumbered. */
function generatedExport(): string {
  const docs = SHIPPED_FILES.flatMap((file) => {
    const json = JSON.parse(
      readFileSync(new URL(`../data/catalogue/incentivi/${file}`, import.meta.url), 'utf8'),
    ) as unknown;
    return (Array.isArray(json) ? json : (json as { response: { docs: unknown[] } }).response.docs) as Record<
      string,
      unknown
    >[];
  });
  return JSON.stringify(
    Array.from({ length: TARGET }, (_, i) => ({
      ...docs[i % docs.length],
      ID_Incentivo: String(100_000 + i),
    })),
  );
}

const measure = (task: () => Promise<unknown>) => latencies(task, REQUESTS, CONCURRENCY);

const text = generatedExport();
const parse = summarise(timeRuns(() => JSON.parse(text), 3, 1));
const importer = summarise(timeRuns(() => importCatalogueText(text), 3, 1));
const imported = importCatalogueText(text);
if (!imported.ok) throw new Error(imported.error);
const calls = imported.results.flatMap((r) => (r.status === 'imported' ? [r.call] : []));
const perThousand = (value: number) => (value * 1000) / imported.results.length;

/**
 * The catalogue tier of matching: one 50-line plan's coarse fits against every call, vs JSON.parse of
 * the same inputs (the calls as the warm index holds them, and the plan) — the floor any matcher pays
 * to read them. The shop is in Lombardy, micro, retail; its lines cycle through the spend kinds.
 */
const KINDS = ['consulting', 'training', 'saas-cloud', 'hardware', 'web-ecommerce', 'cybersecurity'] as const;
const subject: FitSubject = {
  regionCodes: ['IT', 'IT-25', 'ITC4', 'IT-MI'],
  sizeClass: 'micro',
  sectorCode: '47.19',
  lines: Array.from({ length: 50 }, (_, i) => ({
    category: KINDS[i % KINDS.length] ?? 'other',
    amountCents: 1_000_00 + i * 37_00,
  })),
};
const fitInputs = JSON.stringify({ calls, subject });
const fitNow = new Date('2026-12-02T12:00:00+01:00');
const fitParse = summarise(timeRuns(() => JSON.parse(fitInputs), 15));
const fitRun = summarise(timeRuns(() => possibleFits(calls, subject, fitNow), 15));
const fitCount = possibleFits(calls, subject, fitNow).length;

/**
 * Every call at once, both tiers as one match request runs them: the 6,000 catalogue calls' coarse
 * checks, and the demo calls with structured rules through the engine — vs JSON.parse of all of it.
 */
const company = demoCompany();
const plan = planSchema.parse({
  ...demoPlan(fitNow),
  lines: subject.lines.map((line, i) => ({
    id: `line-${i}`,
    category: line.category,
    description: `Line ${i}`,
    supplier: { name: `Supplier ${i % 7}` },
    amountCents: line.amountCents,
    date: '2026-12-10',
  })),
});
const structured: OpenCall[] = demoCalls(fitNow).flatMap((call) =>
  call.rules
    ? [
        {
          id: call.id,
          version: 1,
          rules: call.rules,
          title: call.title,
          closesAt: call.closesAt,
          timeZone: call.timeZone,
        },
      ]
    : [],
);
const allInputs = JSON.stringify({ calls, structured, subject, plan, company });
const bothTiers = () => {
  possibleFits(calls, subject, fitNow);
  matchCalls({ plan, company, calls: structured, on: '2026-12-02' });
};
const allParse = summarise(timeRuns(() => JSON.parse(allInputs), 15));
const allRun = summarise(timeRuns(bothTiers, 15));

const dynamo = await startDynamoLocal();
const client = createDynamoClient({ endpoint: dynamo.endpoint });
try {
  await ensureTable(client, 'bench');
  const db = createDocumentClient(client);
  const store = new DynamoCatalogueStore(db, 'bench');
  const now = () => new Date().toISOString();
  let t = performance.now();
  const stored = calls.slice(0, 1_000);
  const first = await refreshCatalogue(store, stored, { now, withdrawMissing: true });
  const firstStore = performance.now() - t;
  t = performance.now();
  const second = await refreshCatalogue(store, stored, { now, withdrawMissing: true });
  const secondStore = performance.now() - t;

  const query = summarise(await timeAsync(() => store.listActive(), 5));
  const build = summarise(await timeAsync(async () => new CatalogueIndex(calls), 3));
  const memory = new InMemoryCatalogueStore();
  await refreshCatalogue(memory, calls, { now, withdrawMissing: false });

  const issuer = await createDevIssuer();
  const deps = wireAllDeps({
    db,
    tableName: 'bench',
    auth: { issuer: issuer.issuer, audience: issuer.audience, jwks: { keys: issuer.jwks } },
    catalogue: () => memory,
  });
  const server = serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const searches = [
    '/api/catalogue?region=IT-25&size=small&purpose=digitalisation',
    '/api/catalogue?q=digitalizzazione%20imprese&sort=relevance',
    '/api/catalogue?ateco=62.01&status=open&pageSize=50',
    '/api/catalogue?q=voucher&region=IT-34&minAidCents=500000',
  ];
  let turn = 0;
  const search = async () => {
    const path = searches[turn++ % searches.length] ?? '';
    const response = await fetch(`${base}${path}`);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.arrayBuffer();
  };
  await search(); // builds the warm index
  const api = await measure(search);
  const floor = await measure(() =>
    db.send(new GetCommand({ TableName: 'bench', Key: catalogueKeys.entry('incentivi.gov.it', '100001') })),
  );
  server.close();

  console.log(
    `\nCatalogue: ${imported.results.length} records (the shipped real records repeated, ids renumbered)\n`,
  );
  console.log('| measure | median | floor | ratio |');
  console.log('|---|---|---|---|');
  console.log(
    `| import per 1,000 records | ${ms(perThousand(importer.median))} | JSON.parse ${ms(perThousand(parse.median))} | ${(importer.median / parse.median).toFixed(1)} |`,
  );
  console.log(`| index build over ${calls.length} calls (in memory) | ${ms(build.median)} | — | — |`);
  console.log(
    `| possible fits of one 50-line plan over ${calls.length} calls (${fitCount} fit) | ${ms(fitRun.median)} | JSON.parse of the same inputs ${ms(fitParse.median)} | ${(fitRun.median / fitParse.median).toFixed(2)} |`,
  );
  console.log(
    `| both tiers: ${calls.length} catalogue calls + ${structured.length} with rules, one 50-line plan | ${ms(allRun.median)} | JSON.parse of the same inputs ${ms(allParse.median)} | ${(allRun.median / allParse.median).toFixed(2)} |`,
  );
  console.log(
    `| reading ${stored.length} stored calls back (AP22 Query, paged) | ${ms(query.median)} | — | — |`,
  );
  console.log(
    `| search p50 over HTTP | ${ms(api.p50)} | GetItem p50 ${ms(floor.p50)} | ${(api.p50 / floor.p50).toFixed(2)} |`,
  );
  console.log(
    `| search p99 over HTTP | ${ms(api.p99)} | GetItem p99 ${ms(floor.p99)} | ${(api.p99 / floor.p99).toFixed(2)} |`,
  );
  console.log(
    `\nstoring ${stored.length} calls into DynamoDB Local: first run ${(firstStore / 1000).toFixed(1)} s (${JSON.stringify(first)}), second ${(secondStore / 1000).toFixed(1)} s (${JSON.stringify(second)})`,
  );
  const file = writeResult('catalogue', {
    records: imported.results.length,
    calls: calls.length,
    importPerThousandMs: perThousand(importer.median),
    parsePerThousandMs: perThousand(parse.median),
    indexBuild: build,
    possibleFits: { run: fitRun, parseFloor: fitParse, fits: fitCount },
    bothTiers: { run: allRun, parseFloor: allParse, structuredCalls: structured.length },
    indexQuery: query,
    search: api,
    getItemFloor: floor,
    store: { firstMs: firstStore, secondMs: secondStore, first, second },
  });
  console.log(`written to ${file}`);
} finally {
  client.destroy();
  await dynamo.stop();
}

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}
