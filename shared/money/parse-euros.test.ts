import { describe, expect, it } from 'vitest';
import { parseEurosToCents } from './parse-euros';

describe('parseEurosToCents', () => {
  it.each([
    ['1500', 150_000],
    ['1500.5', 150_050],
    ['1500,05', 150_005],
    ['1.500,50', 150_050],
    ['1,500.50', 150_050],
    ['€ 3 398 000', 339_800_000],
    ['0.1', 10],
  ])('%s → %i cents', (input, cents) => {
    expect(parseEurosToCents(input)).toBe(cents);
  });

  it.each(['', 'abc', '-5', '1.2.3,4,5', '12.345'])('refuses %s or reads it as thousands', (input) => {
    const result = parseEurosToCents(input);
    if (input === '12.345') expect(result).toBe(1_234_500);
    else expect(result).toBeUndefined();
  });
});
