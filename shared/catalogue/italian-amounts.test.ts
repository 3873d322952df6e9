import { describe, expect, it } from 'vitest';
import { amountsInProse, parseNumberToCents } from './italian-amounts';

describe('amounts into cents, without floats', () => {
  it.each([
    ['300000', 30_000_000],
    ['39840.39', 3_984_039],
    ['2200.8', 220_080],
    ['15375383,50', 1_537_538_350],
    ['3.292.000.000,00', 329_200_000_000],
    ['1,234.50', 123_450],
    ['0.01', 1],
  ])('%s → %i cents', (text, cents) => {
    expect(parseNumberToCents(text)).toBe(cents);
  });

  it('refuses what is not an amount, or has sub-cent digits', () => {
    for (const text of ['', 'abc', '12,345,67', '1.5.5', '0.125'])
      expect(parseNumberToCents(text)).toBeUndefined();
  });

  it('reads amounts in prose with Italian words and separators', () => {
    expect(amountsInProse('17,7 milioni di euro')).toEqual([1_770_000_000]);
    expect(amountsInProse('una dotazione di 3,292 miliardi')).toEqual([329_200_000_000]);
    expect(amountsInProse('€ 2.500,00 oppure euro 5.000,00')).toEqual([250_000, 500_000]);
  });

  it('skips dates and short counts in prose (ID 137: "163000000 (con dm 29/7), 161800000 (con dm 09/08)")', () => {
    expect(amountsInProse('163000000 (con dm 29/7), 161800000 (con dm 09/08)')).toEqual([
      16_300_000_000, 16_180_000_000,
    ]);
    expect(amountsInProse('per 12 mesi e 3 dipendenti')).toEqual([]);
  });
});
