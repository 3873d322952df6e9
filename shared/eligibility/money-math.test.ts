import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distribute,
  distributeInOrder,
  euro,
  mulDivCeil,
  mulDivFloor,
  mulDivRound,
  percent,
} from './money-math';

describe('money math', () => {
  it('multiplies and divides exactly beyond 2^53', () => {
    expect(mulDivFloor(1_000_000_000_000, 9_999, 10_000)).toBe(999_900_000_000);
    expect(mulDivCeil(7, 1, 2)).toBe(4);
    expect(mulDivRound(5, 1, 2)).toBe(3);
    expect(mulDivRound(305_000, 400, 10_000)).toBe(12_200);
  });

  it('distributes a total exactly and independently of order', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000_000 }),
        fc.uniqueArray(
          fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), weight: fc.nat({ max: 1_000_000 }) }),
          {
            selector: (i) => i.key,
            minLength: 1,
            maxLength: 20,
          },
        ),
        (total, items) => {
          const parts = distribute(total, items);
          const sum = [...parts.values()].reduce((a, b) => a + b, 0);
          const weightSum = items.reduce((a, b) => a + b.weight, 0);
          expect(sum).toBe(weightSum === 0 ? 0 : total);
          expect(distribute(total, [...items].reverse())).toEqual(parts);
        },
      ),
    );
  });

  /** distributeInOrder gives each weight, in order, the part distribute gives its key. */
  const splitsAsDistribute = (total: number, items: { key: string; weight: number }[]) => {
    const byKey = distribute(total, items);
    const inOrder = distributeInOrder(
      total,
      items.map((i) => i.weight),
      (index) => items[index]?.key ?? '',
    );
    expect(inOrder).toEqual(items.map((i) => byKey.get(i.key)));
  };

  it('splits in the weights’ order exactly as distribute does, in numbers and beyond 2^53', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000_000 }),
        fc.uniqueArray(
          fc.record({
            key: fc.string({ minLength: 1, maxLength: 4 }),
            // Small weights repeat, so equal remainders make the tie-break by key count.
            weight: fc.oneof(fc.nat({ max: 5 }), fc.nat({ max: 1_000_000_000_000 })),
          }),
          // Up to 200 weights: small cuts pick the largest remainders one by one, large ones sort.
          { selector: (i) => i.key, minLength: 1, maxLength: 200 },
        ),
        splitsAsDistribute,
      ),
    );
  });

  it('breaks ties by key in long cuts too (many equal small weights, many cents left to hand out)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000 }),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 30, maxLength: 200 }),
        fc.infiniteStream(fc.nat({ max: 3 })),
        (total, keys, weights) => {
          splitsAsDistribute(
            total,
            keys.map((key) => ({ key, weight: weights.next().value })),
          );
        },
      ),
    );
  });

  it('formats euros and percentages for messages', () => {
    expect(euro(120_000)).toBe('€1,200');
    expect(euro(120_050)).toBe('€1,200.50');
    expect(percent(4_200)).toBe('42 %');
    expect(percent(6_557)).toBe('65.6 %');
  });
});
