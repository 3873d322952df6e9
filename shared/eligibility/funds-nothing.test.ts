import { describe, expect, it } from 'vitest';
import { kmoPortefeuille2025Rules, mitFeasibilityRules, pidLombardiaRules } from '../fixtures/schemes';
import { callRulesSchema } from './call-rules-schema';
import { fundsNothing } from './funds-nothing';

const zeroed = (rules: unknown) => {
  const parsed = callRulesSchema.parse(rules);
  return {
    ...parsed,
    totals: { ...parsed.totals, rate: { defaultBp: 0, bySizeClass: {} }, bonuses: [] },
    categories: parsed.categories.map(({ rate: _rate, ...category }) => category),
  };
};

describe('fundsNothing', () => {
  it('is false for the real schemes, and true once every rate is 0 % and no bonus is left', () => {
    for (const rules of [pidLombardiaRules, kmoPortefeuille2025Rules, mitFeasibilityRules]) {
      expect(fundsNothing(callRulesSchema.parse(rules))).toBe(false);
      expect(fundsNothing(zeroed(rules))).toBe(true);
    }
  });

  it('counts a rate for one size class, a category rate or a fixed bonus as funding something', () => {
    const none = zeroed(pidLombardiaRules);
    expect(
      fundsNothing({
        ...none,
        totals: { ...none.totals, rate: { defaultBp: 0, bySizeClass: { micro: 1 } } },
      }),
    ).toBe(false);
    const [first, ...rest] = none.categories;
    if (!first) throw new Error('no category');
    expect(
      fundsNothing({
        ...none,
        categories: [{ ...first, rate: { defaultBp: 100, bySizeClass: {} } }, ...rest],
      }),
    ).toBe(false);
    const bonus = { id: 'b', article: 'a', label: { en: 'b' }, cents: 100, when: 'legality-rating' as const };
    expect(fundsNothing({ ...none, totals: { ...none.totals, bonuses: [bonus] } })).toBe(false);
  });
});
