import { describe, expect, it } from 'vitest';
import { kmoPortefeuille2025Rules, pidLombardiaRules } from '../../../../../shared/fixtures/schemes';
import { messages as en } from '../../../i18n/locales/rules/en';
import { messages as it_ } from '../../../i18n/locales/rules/it';
import { messages as nl } from '../../../i18n/locales/rules/nl';
import { checkRules } from './rules-check';
import { jsonProblem } from './rules-problem';

const problemsOf = (rules: unknown) => checkRules(JSON.stringify(rules)).problems ?? [];
const pid = pidLombardiaRules as unknown as Record<string, unknown> & typeof pidLombardiaRules;

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
    expect(JSON.stringify(problemsOf({ ...kmo, categories: [] }))).not.toMatch(/Too small|expected/);
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
    expect(jsonProblem('', 'Unexpected end of JSON input')).toEqual({ key: 'json' });
  });

  it('has every problem in Italian and Dutch, not English pasted in', () => {
    for (const [key, words] of Object.entries(en.problem)) {
      expect((it_.problem as Record<string, string>)[key], key).not.toBe(words);
      expect((nl.problem as Record<string, string>)[key], key).not.toBe(words);
    }
  });
});
