import { describe, expect, it } from 'vitest';
import { outcomeGrantOf } from './review-schema';
import type { ReviewedResult } from './reviewed-result';

const computed = (grantCents: number, bonusCents: number): ReviewedResult =>
  ({ status: 'computed', report: { totals: { grantCents, bonusCents } } }) as ReviewedResult;

describe('outcomeGrantOf', () => {
  it('is what an approval grants: the grant and its premium, as the requested grant counts them', () => {
    expect(outcomeGrantOf({ decision: 'approve', reviewed: computed(3_000_00, 250_00) })).toBe(3_250_00);
  });

  it('is none for a rejection, a request for changes, or totals that could not be computed', () => {
    expect(outcomeGrantOf({ decision: 'reject', reviewed: computed(3_000_00, 0) })).toBeUndefined();
    expect(outcomeGrantOf({ decision: 'request-changes', reviewed: computed(3_000_00, 0) })).toBeUndefined();
    expect(
      outcomeGrantOf({ decision: 'approve', reviewed: { status: 'not-computed', why: 'engine-changed' } }),
    ).toBeUndefined();
  });
});
