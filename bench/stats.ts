/** Small helpers shared by the benchmark scripts: timing, median/min/max, tables and JSON results. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}

/** Present when node runs with --expose-gc (bench/run-bundled.ts does). */
const collectGarbage = (globalThis as { gc?: (options?: { type: 'minor' }) => void }).gc;

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times, returning milliseconds per run.
 *
 * A full collection before the measure leaves it none of another measure's garbage; a young-generation
 * collection before each run empties the nursery. Either way the collection between runs is outside the
 * timing, for the engine and its floor alike. Not a full collection before every run: with `gc()` there,
 * `--trace-deopt --trace-opt` showed the engine's hot functions recompiled by TurboFan inside the timed
 * runs (222 recompilations over 31 runs, against 17 with young-generation collections), a cost a warm
 * function does not pay on every request and native code such as JSON.parse never pays.
 */
export function timeRuns(fn: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  collectGarbage?.();
  return Array.from({ length: runs }, () => timeOne(fn));
}

/**
 * Like timeRuns for two tasks at once, in turn: a measure and its floor then see the same machine. On a
 * shared machine a slow spell otherwise lands on whichever ran during it (runs of the same code have
 * swung 50 % within a minute here), and the ratio reports the spell, not the code. Each sample is the
 * mean of `block` runs back to back with no forced collection, so each task pays for its own garbage.
 */
export function timeAlternating(
  a: () => unknown,
  b: () => unknown,
  runs: number,
  warmup = 3,
  block = 10,
): [number[], number[]] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  collectGarbage?.();
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    timesA.push(timeBlock(a, block));
    timesB.push(timeBlock(b, block));
  }
  return [timesA, timesB];
}

function timeBlock(fn: () => unknown, block: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < block; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / block;
}

function timeOne(fn: () => unknown): number {
  collectGarbage?.({ type: 'minor' });
  return timeBlock(fn, 1);
}

const CHILD = 'GRANTFIT_BENCH_CHILD';

/** True in a process that inFreshProcesses started: it measures and prints its result as JSON. */
export const isFreshProcess = () => process.env[CHILD] === '1';

/**
 * Runs this script again in `count` fresh node processes, one after another, with the same node flags,
 * and returns the JSON each printed on its last line. The JIT decides per process what to inline and
 * when to optimise, so one process's median is one draw: the same code's ratio to JSON.parse has ranged
 * 1.4–2.0 from process to process here. The median over several processes is the figure to report.
 */
export function inFreshProcesses<T>(count: number): T[] {
  const script = process.argv[1];
  if (!script) throw new Error('no script to run again');
  return Array.from({ length: count }, () => {
    const out = execFileSync(process.execPath, [...process.execArgv, script], {
      env: { ...process.env, [CHILD]: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    const last = out.trim().split('\n').at(-1);
    if (!last) throw new Error('the fresh process printed nothing');
    return JSON.parse(last) as T;
  });
}

export function writeResult(name: string, result: unknown): string {
  const dir = resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;

/** p50 and p99 of `requests` calls of `task`, `concurrency` at a time (HTTP routes and their floors). */
export async function latencies(
  task: () => Promise<unknown>,
  requests: number,
  concurrency: number,
): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const t = performance.now();
        await task();
        samples.push(performance.now() - t);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return {
    p50: samples[Math.floor(samples.length / 2)] ?? 0,
    p99: samples[Math.floor(samples.length * 0.99)] ?? 0,
  };
}
