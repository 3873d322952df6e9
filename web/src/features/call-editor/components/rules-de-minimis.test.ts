import { describe, expect, it } from 'vitest';
import { callRulesSchema } from '../../../../../shared/eligibility/call-rules-schema';
import { kmoPortefeuille2026Rules, miseVoucherRules } from '../../../../../shared/fixtures/schemes';
import { parseSectors, readDeMinimis, writeDeMinimis } from './rules-de-minimis';

const json = (rules: unknown) => structuredClone(rules) as Record<string, unknown>;
const parsed = (rules: Record<string, unknown>) => callRulesSchema.parse(rules);

describe('the de minimis rule in plain words, written into the rules JSON', () => {
  it('reads the MISE voucher’s rule (DM 23/9/2014 art. 4: Reg. (EU) 1407/2013, grant cut to the headroom)', () => {
    expect(readDeMinimis(json(miseVoucherRules))).toEqual({
      regulation: 'EU-1407/2013',
      onExcess: 'cut',
      article: 'DM 23/9/2014, art. 4',
      ceilings: [],
    });
  });

  it('adds the road-freight ceiling of Reg. (EU) 1407/2013 art. 3(2) (€100,000 for NACE 49.41), citing the rule’s article', () => {
    // https://eur-lex.europa.eu/eli/reg/2013/1407/oj, art. 3(2), second subparagraph.
    const mise = json(miseVoucherRules);
    const rule = readDeMinimis(mise);
    const written = writeDeMinimis(mise, {
      ...rule,
      ceilings: [{ sectors: ['49.41'], cents: 100_000_00, article: '' }],
    });
    expect(parsed(written).deMinimis).toEqual({
      article: 'DM 23/9/2014, art. 4',
      regulation: 'EU-1407/2013',
      onExcess: 'cut',
      sectorCeilings: [{ article: 'DM 23/9/2014, art. 4', sectors: ['49.41'], cents: 100_000_00 }],
    });
    // Citing the rule's article, the ceiling reads as citing "the one above": renaming that renames both.
    expect(readDeMinimis(written).ceilings).toEqual([{ sectors: ['49.41'], cents: 100_000_00, article: '' }]);
    const renamed = writeDeMinimis(written, { ...readDeMinimis(written), article: 'DM 23/9/2014, art. 5' });
    expect(parsed(renamed).deMinimis?.sectorCeilings?.[0]?.article).toBe('DM 23/9/2014, art. 5');
    // Removing the last ceiling removes the list, not the rule.
    const none = writeDeMinimis(written, { ...readDeMinimis(written), ceilings: [] });
    expect(parsed(none).deMinimis).toEqual(miseVoucherRules.deMinimis);
  });

  it('makes a call de minimis aid, refusing past the headroom, citing the totals’ article until one is named; “none” removes it', () => {
    const kmo = json(kmoPortefeuille2026Rules);
    expect(readDeMinimis(kmo).regulation).toBe('none');
    const written = writeDeMinimis(kmo, {
      regulation: 'EU-2023/2831',
      onExcess: 'refuse',
      article: ' ',
      ceilings: [],
    });
    const rules = parsed(written);
    expect(rules.deMinimis).toEqual({
      article: rules.totals.article,
      regulation: 'EU-2023/2831',
      onExcess: 'refuse',
    });
    expect(
      parsed(writeDeMinimis(written, { ...readDeMinimis(written), regulation: 'none' })).deMinimis,
    ).toBeUndefined();
  });

  it('reads sector codes typed or picked from the list as the engine matches them, and refuses anything else', () => {
    expect(parseSectors('49.41 — Freight transport by road, 49.42')).toEqual(['49.41', '49.42']);
    // The section letter is dropped: the engine compares the company's code without it.
    expect(parseSectors('H49.41, H 49.42')).toEqual(['49.41', '49.42']);
    expect(parseSectors(' ')).toEqual([]);
    for (const wrong of ['road freight', '4941', '49.41 and 49.42', '49.41;49.42', '49.411']) {
      expect(parseSectors(wrong), wrong).toBeUndefined();
    }
  });

  it('the rules refuse a ceiling that is not lower than the regulation’s, or no amount, or a word for a sector', () => {
    const mise = json(miseVoucherRules);
    const withCeiling = (ceiling: Record<string, unknown>) =>
      callRulesSchema.safeParse({
        ...mise,
        deMinimis: { ...miseVoucherRules.deMinimis, sectorCeilings: [{ article: 'art. 3(2)', ...ceiling }] },
      });
    expect(withCeiling({ sectors: ['49.41'], cents: 100_000_00 }).success).toBe(true);
    // Reg. (EU) 1407/2013's own ceiling is €200,000: a "lower" one at or above it is a mistake.
    expect(withCeiling({ sectors: ['49.41'], cents: 200_000_00 }).error?.issues[0]?.path).toEqual([
      'deMinimis',
      'sectorCeilings',
      0,
      'cents',
    ]);
    expect(withCeiling({ sectors: ['49.41'], cents: 199_999_99 }).success).toBe(true);
    expect(withCeiling({ sectors: ['49.41'], cents: 0 }).success).toBe(false);
    expect(withCeiling({ sectors: ['road freight'], cents: 100_000_00 }).success).toBe(false);
    expect(withCeiling({ sectors: ['H49.41'], cents: 100_000_00 }).success).toBe(false);
  });
});
