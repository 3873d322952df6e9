import { describe, expect, it } from 'vitest';
import { enterpriseFiguresSchema } from './company-schema';

describe('enterprise figures', () => {
  it('take staff and shares with at most two decimals, as a person types them', () => {
    const figures = { turnoverCents: 0, balanceSheetCents: 0 };
    expect(enterpriseFiguresSchema.safeParse({ ...figures, staffAwu: 12.75 }).success).toBe(true);
    // Found by the hostile-input suite: DynamoDB refuses 5e-324 (a 500 before this rule).
    expect(enterpriseFiguresSchema.safeParse({ ...figures, staffAwu: 5e-324 }).success).toBe(false);
    expect(enterpriseFiguresSchema.safeParse({ ...figures, staffAwu: 1.005 }).success).toBe(false);
  });
});
