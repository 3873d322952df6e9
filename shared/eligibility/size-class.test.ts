import { describe, expect, it } from 'vitest';
import { classifySize } from './size-class';

const M = 100_000_000; // €1 M in cents

describe('classifySize (2003/361/EC)', () => {
  it('45 AWU, turnover 12 M, balance sheet 9 M → small, decided by the balance sheet', () => {
    const result = classifySize({
      figures: { staffAwu: 45, turnoverCents: 12 * M, balanceSheetCents: 9 * M },
      related: [],
      publicOwnershipPct: 0,
    });
    expect(result.sizeClass).toBe('small');
    expect(result.reasons.map((r) => r.message).join(' ')).toContain('balance sheet €9 M ≤ €10 M');
    expect(result.reasons.at(-1)).toMatchObject({
      code: 'BALANCE_SHEET_WITHIN',
      params: { balanceSheetCents: 900_000_000 },
    });
  });

  it('adds a 40 % partner pro rata and a 60 % linked enterprise in full → medium', () => {
    const result = classifySize({
      figures: { staffAwu: 30, turnoverCents: 6 * M, balanceSheetCents: 5 * M },
      related: [
        {
          name: 'B',
          sharePct: 40,
          staffAwu: 100,
          turnoverCents: 30 * M,
          balanceSheetCents: 20 * M,
          controls: false,
          exemptInvestor: false,
        },
        {
          name: 'C',
          sharePct: 60,
          staffAwu: 20,
          turnoverCents: 4 * M,
          balanceSheetCents: 3 * M,
          controls: false,
          exemptInvestor: false,
        },
      ],
      publicOwnershipPct: 0,
    });
    expect(result.figures).toEqual({ staffAwu: 90, turnoverCents: 22 * M, balanceSheetCents: 16 * M });
    expect(result.sizeClass).toBe('medium');
    expect(result.relations.map((r) => r.relation)).toEqual(['partner', 'linked']);
  });

  it('ignores autonomous holdings and exempt investors, and treats control as linked', () => {
    const base = {
      figures: { staffAwu: 8, turnoverCents: 1 * M, balanceSheetCents: 1 * M },
      publicOwnershipPct: 0,
    };
    const big = {
      staffAwu: 500,
      turnoverCents: 100 * M,
      balanceSheetCents: 100 * M,
      controls: false,
      exemptInvestor: false,
    };
    expect(classifySize({ ...base, related: [{ ...big, name: 'x', sharePct: 24.9 }] }).sizeClass).toBe(
      'micro',
    );
    expect(
      classifySize({ ...base, related: [{ ...big, name: 'x', sharePct: 45, exemptInvestor: true }] })
        .sizeClass,
    ).toBe('micro');
    expect(
      classifySize({ ...base, related: [{ ...big, name: 'x', sharePct: 10, controls: true }] }).sizeClass,
    ).toBe('large');
  });

  it('is not an SME when public bodies hold 25 % or more', () => {
    const result = classifySize({
      figures: { staffAwu: 5, turnoverCents: M, balanceSheetCents: M },
      related: [],
      publicOwnershipPct: 25,
    });
    expect(result.sizeClass).toBe('large');
  });

  it('needs the staff test and one financial test; staff alone is not enough', () => {
    const result = classifySize({
      figures: { staffAwu: 9, turnoverCents: 3 * M, balanceSheetCents: 2.5 * M },
      related: [],
      publicOwnershipPct: 0,
    });
    expect(result.sizeClass).toBe('small');
    expect(result.reasons[0]?.message).toContain('not micro');
    expect(result.reasons[0]).toMatchObject({
      code: 'NOT_BY_MONEY',
      params: { sizeClass: 'micro', turnoverCents: 300_000_000 },
    });
  });
});

/*
 * Commission Recommendation 2003/361/EC, Annex (OJ L 124, 20.5.2003, p. 36,
 * https://eur-lex.europa.eu/eli/reco/2003/361/oj), art. 6(2): the enterprise's data plus its partners'
 * pro rata and its linked enterprises' in full; art. 6(3): a partner's data include 100 % of the
 * enterprises linked to it; art. 6(4): a linked enterprise's data include its partners pro rata.
 */
describe('2003/361/EC Annex art. 6: enterprises related through a partner or a linked enterprise', () => {
  const e = (
    name: string,
    sharePct: number,
    staffAwu: number,
    turnoverM: number,
    balanceM: number,
    related?: unknown[],
  ) => ({
    name,
    sharePct,
    staffAwu,
    turnoverCents: turnoverM * M,
    balanceSheetCents: balanceM * M,
    controls: false,
    exemptInvestor: false,
    ...(related ? { related } : {}),
  });
  const A = { staffAwu: 30, turnoverCents: 6 * M, balanceSheetCents: 5 * M };

  it('reproduces the worked example: A + 40 % of B + all of C = 90 AWU, €22 M, €16 M → medium', () => {
    const result = classifySize({
      figures: A,
      related: [e('B', 40, 100, 30, 20), e('C', 60, 20, 4, 3)] as never,
      publicOwnershipPct: 0,
    });
    expect(result.figures).toEqual({ staffAwu: 90, turnoverCents: 22 * M, balanceSheetCents: 16 * M });
    expect(result.sizeClass).toBe('medium');
  });

  it("art. 6(3): a partner's figures include 100 % of the enterprises linked to it, before its 40 % is taken; its own partners do not count", () => {
    // B controls D (60 %): B's data become 150 AWU, €40 M, €28 M; 40 % of that is 60 AWU, €16 M, €11.2 M.
    const B = e('B', 40, 100, 30, 20, [e('D', 60, 50, 10, 8), e('E, a partner of B', 30, 1000, 100, 100)]);
    const result = classifySize({
      figures: A,
      related: [B, e('C', 60, 20, 4, 3)] as never,
      publicOwnershipPct: 0,
    });
    expect(result.figures).toEqual({
      staffAwu: 110,
      turnoverCents: 26 * M,
      balanceSheetCents: 1_920_000_000,
    });
    expect(result.sizeClass).toBe('medium');
  });

  it("art. 6(4): a linked enterprise's figures include its partners pro rata and its own linked enterprises in full", () => {
    const result = classifySize({
      figures: A,
      related: [
        {
          ...e('C', 60, 20, 4, 3),
          related: [e('F', 40, 50, 5, 5), { ...e('G', 10, 7, 1, 1), controls: true }],
        },
      ] as never,
      publicOwnershipPct: 0,
    });
    // 30 + (20 + 40 % of 50 + 7) = 77 AWU; 6 + (4 + 2 + 1) = €13 M; 5 + (3 + 2 + 1) = €11 M.
    expect(result.figures).toEqual({ staffAwu: 77, turnoverCents: 13 * M, balanceSheetCents: 11 * M });
    expect(result.sizeClass).toBe('medium');
  });
});

describe('2003/361/EC Annex art. 2: exactly at a threshold', () => {
  const size = (staffAwu: number, turnoverCents: number, balanceSheetCents: number) =>
    classifySize({
      figures: { staffAwu, turnoverCents, balanceSheetCents },
      related: [],
      publicOwnershipPct: 0,
    }).sizeClass;

  it('"fewer than 10 persons": 9.99 AWU is micro, 10 AWU is not', () => {
    expect(size(9.99, M, M)).toBe('micro');
    expect(size(10, M, M)).toBe('small');
  });

  it('"does not exceed EUR 2 million": €2,000,000.00 is within, one cent more on both tests is not', () => {
    expect(size(5, 2 * M, 3 * M)).toBe('micro');
    expect(size(5, 2 * M + 1, 2 * M + 1)).toBe('small');
    expect(size(249, 50 * M, 60 * M)).toBe('medium');
    expect(size(250, 1 * M, 1 * M)).toBe('large');
  });
});

/*
 * Annex art. 4(2): "Where, at the date on which the accounts are closed, an enterprise finds that, on an
 * annual basis, it has exceeded or fallen below the headcount or financial ceilings stated in Article 2,
 * this will not result in the loss or acquisition of the status … unless those ceilings are exceeded
 * over two consecutive accounting periods." Art. 4(3): a new enterprise uses a good-faith estimate.
 */
describe('2003/361/EC Annex art. 4(2): the class changes only after two consecutive financial years', () => {
  const staff = (staffAwu: number) => ({ staffAwu, turnoverCents: 5 * M, balanceSheetCents: 5 * M });
  const over = (years: Record<number, number>, latest: number, latestYear?: number) =>
    classifySize({
      figures: staff(latest),
      figuresYear: latestYear,
      figuresByYear: Object.entries(years).map(([year, awu]) => ({ year: Number(year), ...staff(awu) })),
      related: [],
      publicOwnershipPct: 0,
    });

  it('one year over the small threshold keeps a small enterprise small, and says which year', () => {
    const result = over({ 2022: 40, 2023: 45 }, 60, 2024);
    expect(result.sizeClass).toBe('small');
    expect(result.reasons.at(-1)).toEqual({
      code: 'ONE_YEAR_ONLY',
      message: expect.stringContaining('2024'),
      params: { sizeClass: 'small', sizeClassOfYear: 'medium', year: 2024 },
    });
    // The threshold reasons still describe the latest year's own figures.
    expect(result.reasons[0]).toMatchObject({ code: 'NOT_BY_STAFF', params: { sizeClass: 'micro' } });
  });

  it('the second consecutive year over the threshold makes it medium, naming both years', () => {
    const result = over({ 2022: 40, 2023: 60 }, 60, 2024);
    expect(result.sizeClass).toBe('medium');
    expect(result.reasons.at(-1)).toMatchObject({
      code: 'TWO_CONSECUTIVE_YEARS',
      params: { sizeClass: 'medium', sizeClassBefore: 'small', firstYear: 2023, secondYear: 2024 },
    });
  });

  it('falling back under it for one year keeps it medium; exactly 50 AWU two years running is already over', () => {
    expect(over({ 2021: 40, 2022: 60, 2023: 60 }, 40, 2024)).toMatchObject({ sizeClass: 'medium' });
    expect(over({ 2022: 40, 2023: 50 }, 50, 2024).sizeClass).toBe('medium');
    expect(over({ 2021: 60, 2022: 60, 2023: 40 }, 40, 2024).reasons.at(-1)).toMatchObject({
      code: 'TWO_CONSECUTIVE_YEARS',
      params: { sizeClass: 'small', sizeClassBefore: 'medium', firstYear: 2023, secondYear: 2024 },
    });
  });

  it('years with a gap between them are not consecutive; without figuresYear the latest follows the last given year', () => {
    expect(over({ 2020: 40, 2022: 60 }, 60, 2024).sizeClass).toBe('small');
    expect(over({ 2022: 40, 2023: 60 }, 60).reasons.at(-1)).toMatchObject({ params: { secondYear: 2024 } });
  });

  it('says the class held over the years given when no two consecutive years crossed', () => {
    expect(over({ 2022: 20, 2023: 30 }, 20, 2024).reasons.at(-1)).toEqual({
      code: 'SAME_OVER_YEARS',
      message: expect.any(String),
      params: { sizeClass: 'small', firstYear: 2022, lastYear: 2024 },
    });
  });

  it('a new enterprise with only its good-faith estimate is classed on it, as before (art. 4(3))', () => {
    const result = classifySize({ figures: staff(12), related: [], publicOwnershipPct: 0 });
    expect(result.reasons.map((r) => r.code)).toEqual(['NOT_BY_STAFF', 'STAFF_BELOW', 'TURNOVER_WITHIN']);
  });
});
