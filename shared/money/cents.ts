/** Money is always an integer number of euro cents: no floats ever reach a total. */
import * as z from 'zod';

/** Largest amount we accept: €10 billion keeps every sum far inside Number.MAX_SAFE_INTEGER. */
export const MAX_CENTS = 1_000_000_000_000;

function cents(minimum: number, tooSmall: string) {
  return z
    .number({ error: 'must be a number of euro cents' })
    .int({ error: 'must be a whole number of euro cents' })
    .min(minimum, { error: tooSmall })
    .max(MAX_CENTS, { error: 'is larger than €10,000,000,000' });
}

export const centsSchema = cents(0, 'must not be negative');
export const positiveCentsSchema = cents(1, 'must be more than zero');
