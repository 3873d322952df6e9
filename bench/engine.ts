/**
 * bench:engine — one 50-line plan matched against 1,000 generated calls, compared with JSON.parse of
 * the same inputs in the same run (the floor: any engine must at least read its input), taking turns
 * in blocks of 10 runs so both see the same machine, in 5 fresh processes one after another. Target:
 * the median over the processes of each process's ratio ≤ 2×.
 *
 * Two workloads, both reported: the generated calls as they come (many refuse the company at the
 * applicant check and skip line work), and the same calls opened to this company, so that every call
 * reaches line-by-line work — the honest one for the target.
 */
import fc from 'fast-check';
import type { CallRules } from '../shared/eligibility/call-rules-schema';
import { checkApplicant } from '../shared/eligibility/check-applicant';
import { contentHash } from '../shared/eligibility/content-hash';
import { matchCalls, type OpenCall } from '../shared/eligibility/match-calls';
import { classifySize, SIZE_CLASSES } from '../shared/eligibility/size-class';
import { callRulesArb, companyArb, planArb } from '../shared/eligibility/testing/arbitraries';
import { zonedWallTimeToIso } from '../shared/time/zoned-date-time';
import {
  inFreshProcesses,
  isFreshProcess,
  ms,
  type Summary,
  summarise,
  timeAlternating,
  writeResult,
} from './stats';

const CALLS = 1000;
const LINES = 50;
const RUNS = 31;
const PROCESSES = 5;
/**
 * Unmeasured runs first. The engine is JavaScript the JIT optimises while it runs (its first ~5 runs
 * in a fresh process took 2–3× the steady time), JSON.parse is native code; a warm function, as in a
 * Lambda after its first requests, is what both are compared at.
 */
const WARMUP = 15;
const ON = '2026-06-15';

function first<T>(values: T[]): T {
  const [value] = values;
  if (value === undefined) throw new Error('generator gave nothing');
  return value;
}
const plan = first(fc.sample(planArb(LINES, LINES), { numRuns: 1, seed: 7 }));
const company = first(fc.sample(companyArb, { numRuns: 1, seed: 7 }));
const generated = fc.sample(callRulesArb, { numRuns: CALLS, seed: 11 });

function asOpenCalls(rules: readonly CallRules[]): OpenCall[] {
  return rules.map((r, i) => ({
    id: `call-${i}`,
    version: 1,
    title: `Call ${i}`,
    closesAt: zonedWallTimeToIso(`2026-${String((i % 12) + 1).padStart(2, '0')}-28T12:00`, 'Europe/Rome'),
    timeZone: 'Europe/Rome',
    rules: r,
    // Stored with the call version when it is published, as the API does.
    rulesHash: contentHash(r),
  }));
}

/** The same rules with an applicant section this company passes: every call goes on to its lines. */
const openToAll = (rules: CallRules): CallRules => ({
  ...rules,
  applicant: {
    article: rules.applicant.article,
    sizeClasses: [...SIZE_CLASSES],
    regions: { include: [], exclude: [] },
    sectors: { include: [], exclude: [] },
    requiredDeclarations: [],
    excludePreviousBeneficiaries: false,
  },
});

const sizeClass = classifySize(company).sizeClass;
const reachingLines = (rules: readonly CallRules[]) =>
  rules.filter((r) => checkApplicant(r, company, sizeClass, ON).length === 0).length;

let sink = 0;
function measure(name: string, rules: readonly CallRules[]) {
  const calls = asOpenCalls(rules);
  const inputText = JSON.stringify({ plan, company, calls });
  const [parseTimes, matchTimes] = timeAlternating(
    () => (sink += (JSON.parse(inputText) as { calls: unknown[] }).calls.length),
    () => (sink += matchCalls({ plan, company, calls, on: ON }).length),
    RUNS,
    WARMUP,
  );
  const parse = summarise(parseTimes);
  const match = summarise(matchTimes);
  // Each block of matchCalls over the block of JSON.parse just before it: a pair sees the same moment of
  // the machine, so a slow spell moves both sides of its ratio (two separate medians would not pair up).
  const ratios = matchTimes.map((m, i) => m / (parseTimes[i] ?? Number.NaN));
  return {
    name,
    reachLineWork: reachingLines(rules),
    inputBytes: inputText.length,
    parse,
    match,
    ratio: summarise(ratios).median,
  };
}

type Workload = ReturnType<typeof measure>;

if (isFreshProcess()) {
  const workloads = [
    measure('every call reaches line work', generated.map(openToAll)),
    measure('generated as is', generated),
  ];
  // The parent reads this last line; `sink` keeps the measured calls from being optimised away.
  console.log(JSON.stringify({ workloads, sink }));
} else {
  report(inFreshProcesses<{ workloads: Workload[] }>(PROCESSES).map((p) => p.workloads));
}

function report(processes: Workload[][]) {
  console.log(
    `\nEngine: ${LINES}-line plan × ${CALLS} calls, ${RUNS} samples each, each the mean of 10 runs, alternating; ${processes.length} fresh processes\n`,
  );
  const names = (processes[0] ?? []).map((w) => w.name);
  const summaries = names.map((name) => {
    const runs = processes.map((p) => p.find((w) => w.name === name)).filter((w) => w !== undefined);
    const first = runs[0];
    console.log(
      `### ${name}: ${first?.reachLineWork} of ${CALLS} calls reach line work (${((first?.inputBytes ?? 0) / 1e6).toFixed(2)} MB of JSON)\n`,
    );
    console.log('| process | JSON.parse median (floor) | matchCalls median (min–max) | ratio |');
    console.log('|---|---|---|---|');
    for (const [i, w] of runs.entries()) console.log(row(i + 1, w));
    const ratio = summarise(runs.map((w) => w.ratio));
    console.log(
      `\nratio matchCalls / JSON.parse (each process: the median of its paired blocks' ratios), median over ${runs.length} processes: ${ratio.median.toFixed(2)} (range ${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})\n`,
    );
    return { name, ratio, processes: runs };
  });
  console.log(`target ≤ 2 on "${names[0]}"`);
  const file = writeResult('engine', { calls: CALLS, lines: LINES, target: 2, workloads: summaries });
  console.log(`written to ${file}`);
}

function row(process: number, w: Workload) {
  const range = (s: Summary) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
  return `| ${process} | ${ms(w.parse.median)} | ${range(w.match)} | ${w.ratio.toFixed(2)} |`;
}
