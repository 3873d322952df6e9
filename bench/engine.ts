/**
 * bench:engine — one 50-line plan matched against 1,000 generated calls, compared with JSON.parse of
 * the same inputs in the same run (the floor: any engine must at least read its input). Target ≤ 2×.
 */
import fc from 'fast-check';
import { contentHash } from '../shared/eligibility/content-hash';
import { matchCalls, type OpenCall } from '../shared/eligibility/match-calls';
import { callRulesArb, companyArb, planArb } from '../shared/eligibility/testing/arbitraries';
import { zonedWallTimeToIso } from '../shared/time/zoned-date-time';
import { ms, summarise, timeRuns, writeResult } from './stats';

const CALLS = 1000;
const LINES = 50;
const RUNS = 31;

const [plan] = fc.sample(planArb(LINES, LINES), { numRuns: 1, seed: 7 });
const [company] = fc.sample(companyArb, { numRuns: 1, seed: 7 });
if (!plan || !company) throw new Error('generator gave nothing');
const calls: OpenCall[] = fc.sample(callRulesArb, { numRuns: CALLS, seed: 11 }).map((rules, i) => ({
  id: `call-${i}`,
  version: 1,
  title: `Call ${i}`,
  closesAt: zonedWallTimeToIso(`2026-${String((i % 12) + 1).padStart(2, '0')}-28T12:00`, 'Europe/Rome'),
  timeZone: 'Europe/Rome',
  rules,
  // Stored with the call version when it is published, as the API does.
  rulesHash: contentHash(rules),
}));
const inputText = JSON.stringify({ plan, company, calls });

let sink = 0;
const parse = summarise(
  timeRuns(() => (sink += (JSON.parse(inputText) as { calls: unknown[] }).calls.length), RUNS),
);
const match = summarise(
  timeRuns(() => (sink += matchCalls({ plan, company, calls, on: '2026-06-15' }).length), RUNS),
);
const ratio = match.median / parse.median;

console.log(
  `\nEngine: ${LINES}-line plan × ${CALLS} calls (${(inputText.length / 1e6).toFixed(2)} MB of JSON), ${RUNS} runs\n`,
);
console.log('| measure | median | min | max |');
console.log('|---|---|---|---|');
console.log(
  `| JSON.parse of the inputs (floor) | ${ms(parse.median)} | ${ms(parse.min)} | ${ms(parse.max)} |`,
);
console.log(`| matchCalls | ${ms(match.median)} | ${ms(match.min)} | ${ms(match.max)} |`);
console.log(`\nratio matchCalls / JSON.parse (median): ${ratio.toFixed(2)} (target ≤ 2)`);
const file = writeResult('engine', {
  calls: CALLS,
  lines: LINES,
  inputBytes: inputText.length,
  parse,
  match,
  ratio,
  target: 2,
  sink,
});
console.log(`written to ${file}`);
