/**
 * `npm run catalogue:import -- <file> [--json] [--dry-run] [--withdraw-missing]`: runs the catalogue
 * importer over an incentivi.gov.it export (either shape). With --json, one JSON object per record on
 * stdout; otherwise a short summary. Without --dry-run the imported calls are stored in DynamoDB Local
 * (DYNAMODB_ENDPOINT, e.g. the endpoint `npm start` prints; table TABLE_NAME, default "grantfit"),
 * idempotently; --withdraw-missing marks stored records absent from the file as withdrawn, for full
 * exports only.
 */
import { readFileSync } from 'node:fs';
import { importCatalogueText, type RecordResult } from '../../shared/catalogue/import-catalogue';
import { DynamoCatalogueStore } from '../data/dynamo-catalogue-store';
import { createDocumentClient, createDynamoClient } from '../data/dynamo-client';
import { ensureTable } from '../data/ensure-table';
import { recordLine, summary } from './import-report';
import { type RefreshSummary, refreshCatalogue } from './refresh-catalogue';

const USAGE = 'usage: npm run catalogue:import -- <file> [--json] [--dry-run] [--withdraw-missing]';
const FLAGS = new Set(['--json', '--dry-run', '--withdraw-missing']);

function parseArgs(argv: readonly string[]) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1 || [...flags].some((f) => !FLAGS.has(f))) return undefined;
  return {
    file: files[0] as string,
    json: flags.has('--json'),
    dryRun: flags.has('--dry-run'),
    withdrawMissing: flags.has('--withdraw-missing'),
  };
}

async function store(results: readonly RecordResult[], withdrawMissing: boolean): Promise<RefreshSummary> {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  const tableName = process.env.TABLE_NAME ?? 'grantfit';
  const client = createDynamoClient({ endpoint });
  try {
    await ensureTable(client, tableName);
    const calls = results.flatMap((r) => (r.status === 'imported' ? [r.call] : []));
    return await refreshCatalogue(new DynamoCatalogueStore(createDocumentClient(client), tableName), calls, {
      now: () => new Date().toISOString(),
      withdrawMissing,
    });
  } finally {
    client.destroy();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!args.dryRun && !process.env.DYNAMODB_ENDPOINT) {
    // Only DynamoDB Local: a missing endpoint must not fall through to whatever AWS account is configured.
    process.stderr.write('catalogue:import: set DYNAMODB_ENDPOINT to DynamoDB Local, or use --dry-run\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    process.stderr.write(`catalogue:import: cannot read ${args.file}: ${(error as Error).message}\n`);
    return 1;
  }
  const result = importCatalogueText(text);
  if (!result.ok) {
    process.stderr.write(`catalogue:import: ${args.file}: ${result.error}\n`);
    return 1;
  }
  if (args.json) for (const r of result.results) process.stdout.write(`${JSON.stringify(recordLine(r))}\n`);
  else process.stdout.write(summary(args.file, result.shape, result.results));
  if (args.dryRun) return 0;
  try {
    const stored = await store(result.results, args.withdrawMissing);
    const line = `stored: ${Object.entries(stored)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}\n`;
    // With --json, stdout carries only the records.
    (args.json ? process.stderr : process.stdout).write(line);
    return 0;
  } catch (error) {
    process.stderr.write(`catalogue:import: not stored: ${(error as Error).message}\n`);
    return 1;
  }
}

// Piped into `head`, the reader may close early: that ends the output, it is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
