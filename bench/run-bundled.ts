/**
 * Runs a benchmark script the way production runs code: bundled and minified by esbuild, with no
 * TypeScript loader in the process (tsx's per-function wrappers would distort the timings).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const entry = process.argv[2];
if (!entry) throw new Error('usage: tsx bench/run-bundled.ts bench/<script>.ts');
const dir = mkdtempSync(join(tmpdir(), 'grantfit-bench-'));
const outfile = join(dir, 'bench.mjs');
try {
  buildSync({
    entryPoints: [resolve(entry)],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // Keep import.meta.dirname pointing at bench/ for the results folder.
    define: { 'import.meta.dirname': JSON.stringify(resolve('bench')) },
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
