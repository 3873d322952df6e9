/**
 * bench:engine — one 50-line plan matched against 1,000 generated calls, compared with JSON.parse of
 * the same inputs in the same run (the floor: any engine must at least read its input), taking turns
 * in blocks of 10 runs so both see the same machine. Target ≤ 2×.
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
import { ms, type Summary, summarise, timeAlternating, writeResult } from './stats';

const CALLS = 1000;
const LINES = 50;
const RUNS = 31;
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
  return {
    name,
    reachLineWork: reachingLines(rules),
    inputBytes: inputText.length,
    parse,
    match,
    ratio: match.median / parse.median,
  };
}

const workloads = [
  measure('every call reaches line work', generated.map(openToAll)),
  measure('generated as is', generated),
];

const row = (label: string, s: Summary) => `| ${label} | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} |`;
console.log(
  `\nEngine: ${LINES}-line plan × ${CALLS} calls, ${RUNS} samples each, each the mean of 10 runs, alternating\n`,
);
for (const w of workloads) {
  console.log(
    `### ${w.name}: ${w.reachLineWork} of ${CALLS} calls reach line work (${(w.inputBytes / 1e6).toFixed(2)} MB of JSON)\n`,
  );
  console.log('| measure | median | min | max |');
  console.log('|---|---|---|---|');
  console.log(row('JSON.parse of the inputs (floor)', w.parse));
  console.log(row('matchCalls', w.match));
  console.log(`\nratio matchCalls / JSON.parse (median): ${w.ratio.toFixed(2)}\n`);
}
console.log(`target ≤ 2 on "${workloads[0]?.name}"`);
const file = writeResult('engine', { calls: CALLS, lines: LINES, workloads, target: 2, sink });
console.log(`written to ${file}`);
