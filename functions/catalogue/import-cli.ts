/**
 * `npm run catalogue:import -- <file> [--json] [--dry-run]`: runs the catalogue importer over an
 * incentivi.gov.it export (either shape). With --json, one JSON object per record on stdout; otherwise a
 * short summary. Writing to DynamoDB is not built yet, so only --dry-run runs (it touches no database).
 */
import { readFileSync } from 'node:fs';
import { importCatalogueText } from '../../shared/catalogue/import-catalogue';
import { recordLine, summary } from './import-report';

const USAGE = 'usage: npm run catalogue:import -- <file> [--json] [--dry-run]';

function parseArgs(argv: readonly string[]) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--dry-run');
  if (files.length !== 1 || unknown.length > 0) return undefined;
  return { file: files[0] as string, json: flags.has('--json'), dryRun: flags.has('--dry-run') };
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!args.dryRun) {
    process.stderr.write(
      'catalogue:import: storing calls in DynamoDB is not implemented yet; run with --dry-run to check a file\n',
    );
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
  return 0;
}

// Piped into `head`, the reader may close early: that ends the output, it is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
