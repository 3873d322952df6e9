import { describe, expect, it } from 'vitest';
import { kmoPortefeuille2025Rules, pidLombardiaRules } from '../../../../../shared/fixtures/schemes';
import { messages as en } from '../../../i18n/locales/rules/en';
import { messages as it_ } from '../../../i18n/locales/rules/it';
import { messages as nl } from '../../../i18n/locales/rules/nl';
import { checkRules } from './rules-check';
import { jsonProblem, type RulesProblem } from './rules-problem';

const problemsOf = (rules: unknown) => checkRules(JSON.stringify(rules)).problems ?? [];
const pid = pidLombardiaRules as unknown as Record<string, unknown> & typeof pidLombardiaRules;

/**
 * The placeholders a problem's sentence needs that its facts do not give, in any language (the rules
 * page adds `amount`, the cents in euros, to a problem that gives cents).
 */
function unfilled({ key, values = {} }: RulesProblem): string[] {
  const given = new Set([...Object.keys(values), ...('cents' in values ? ['amount'] : [])]);
  return [en, it_, nl].flatMap((bundle) =>
    [...bundle.problem[key].matchAll(/\{\{(\w+)\}\}/g)]
      .map((m) => m[1] ?? '')
      .filter((name) => !given.has(name)),
  );
}

describe('problems of typed rules, as words', () => {
  it('reads a limit, a kind and a missing field from the issue, never its English message', () => {
    const { schemaVersion: _, ...noVersion } = pid;
    const problems = [
      ...problemsOf({ ...pid, totals: { ...pid.totals, rate: { defaultBp: -5 } } }),
      ...problemsOf({ ...pid, totals: { ...pid.totals, rate: { defaultBp: 12.5 } } }),
      ...problemsOf({ ...pid, allocation: { ...pid.allocation, mode: 'lottery' } }),
      ...problemsOf({ ...pid, colour: 'blue' }),
      ...problemsOf(noVersion),
    ];
    expect(problems).toEqual([
      { path: 'totals.rate.defaultBp', key: 'atLeast', values: { limit: 0 } },
      { path: 'totals.rate.defaultBp', key: 'whole' },
      { path: 'allocation.mode', key: 'oneOf', values: { values: 'first-come, ranking, pro-rata' } },
      { path: 'colour', key: 'unknownField' },
      { path: 'schemaVersion', key: 'required' },
    ]);
  });

  it('names a rule across fields by the rule, with its facts', () => {
    const [first] = pid.categories;
    expect(problemsOf({ ...pid, categories: [first, first] })).toContainEqual({
      path: 'categories.1.id',
      key: 'duplicateCategory',
      values: { id: first?.id ?? '' },
    });
    expect(
      problemsOf({ ...pid, spendWindow: { ...pid.spendWindow, from: '2026-05-01', to: '2026-01-01' } }),
    ).toContainEqual({
      path: 'spendWindow.to',
      key: 'windowOrder',
      values: {},
    });
    const kmo = kmoPortefeuille2025Rules as unknown as Record<string, unknown>;
    expect(problemsOf({ ...kmo, categories: [] })).toEqual([
      { path: 'categories', key: 'minItems', values: { limit: 1 } },
    ]);
  });

  it.each([
    [
      'needsTarget',
      (r: typeof pid) => ({
        ...r,
        exclusions: { ...r.exclusions, rules: [{ id: 'x', article: 'a', reason: { en: 'r' } }] },
      }),
    ],
    [
      'minAboveMax',
      (r: typeof pid) => ({
        ...r,
        shareRanges: [
          {
            id: 's',
            article: 'a',
            label: { en: 'l' },
            categories: [r.categories[0]?.id],
            minBp: 6000,
            maxBp: 1000,
          },
        ],
      }),
    ],
    [
      'needsDay',
      (r: typeof pid) => ({ ...r, applicationTiming: [{ id: 't', article: 'a', date: 'start' }] }),
    ],
    [
      'dayOrder',
      (r: typeof pid) => ({
        ...r,
        applicationTiming: [{ id: 't', article: 'a', date: 'start', fromDay: 5, toDay: 1 }],
      }),
    ],
    [
      'intensityPolicy',
      (r: typeof pid) => ({ ...r, cumulation: { article: 'a', policy: 'none', maxIntensityBp: 5000 } }),
    ],
    [
      'belowRegulation',
      (r: typeof pid) => ({
        ...r,
        deMinimis: {
          ...r.deMinimis,
          sectorCeilings: [{ article: 'a', sectors: ['49.41'], cents: 900_000_00 }],
        },
      }),
    ],
    [
      'noCategory',
      (r: typeof pid) => ({
        ...r,
        shareRanges: [{ id: 's', article: 'a', label: { en: 'l' }, categories: ['nowhere'] }],
      }),
    ],
    ['id', (r: typeof pid) => ({ ...r, categories: [{ ...r.categories[0], id: 'Not An Id' }] })],
    [
      'tag',
      (r: typeof pid) => ({
        ...r,
        exclusions: {
          ...r.exclusions,
          rules: [{ id: 'x', article: 'a', reason: { en: 'r' }, tagsAny: ['Bad Tag'] }],
        },
      }),
    ],
    [
      'nace',
      (r: typeof pid) => ({
        ...r,
        deMinimis: { ...r.deMinimis, sectorCeilings: [{ article: 'a', sectors: ['4941x'], cents: 100 }] },
      }),
    ],
  ] as const)('says the rule %s by its own words', (key, broken) => {
    const problems = problemsOf(broken(pid));
    expect(problems.map((p) => p.key)).toContain(key);
    expect(problems.map((p) => p.key)).not.toContain('invalid');
    // Each sentence can be said whole: every fact it names is given.
    for (const problem of problems) expect(unfilled(problem), problem.key).toEqual([]);
  });

  it('gives the regulation’s ceiling in cents, as the field is typed', () => {
    const problems = problemsOf({
      ...pid,
      deMinimis: {
        ...pid.deMinimis,
        sectorCeilings: [{ article: 'a', sectors: ['49.41'], cents: 900_000_00 }],
      },
    });
    expect(problems).toContainEqual({
      path: 'deMinimis.sectorCeilings.0.cents',
      key: 'belowRegulation',
      values: { cents: 300_000_00 },
    });
  });

  it('says a pattern by its own words', () => {
    const [first] = pid.categories;
    expect(problemsOf({ ...pid, categories: [{ ...first, id: 'Not An Id' }] })).toContainEqual({
      path: 'categories.0.id',
      key: 'id',
    });
  });

  it('finds where the JSON broke, by line and column', () => {
    expect(
      jsonProblem('{\n  "a": 1,\n  "b" 2\n}', "Expected ':' after property name in JSON at position 18"),
    ).toEqual({
      key: 'jsonAt',
      values: { line: 3, column: 7 },
    });
    expect(unfilled(jsonProblem('{\n  "b" 2\n}', 'at position 9'))).toEqual([]);
    expect(jsonProblem('', 'Unexpected end of JSON input')).toEqual({ key: 'json' });
    expect(jsonProblem('{', 'JSON.parse: end of data at line 1 column 2 of the JSON data')).toEqual({
      key: 'jsonAt',
      values: { line: 1, column: 2 },
    });
  });
});
