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
