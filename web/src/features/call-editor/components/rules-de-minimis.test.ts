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
    expect(readDeMinimis(written).ceilings).toEqual([
      { sectors: ['49.41'], cents: 100_000_00, article: 'DM 23/9/2014, art. 4' },
    ]);
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

  it('reads sector codes typed or picked from the list, and refuses words that are not codes', () => {
    expect(parseSectors('49.41 — Freight transport by road, 49.42')).toEqual(['49.41', '49.42']);
    expect(parseSectors(' ')).toEqual([]);
    expect(parseSectors('road freight')).toBeUndefined();
  });
});
