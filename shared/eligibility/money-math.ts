/** Exact integer arithmetic for cents and basis points; BigInt where products can pass 2^53. */

/** floor(a × b / c) for non-negative integers, exact. */
export function mulDivFloor(a: number, b: number, c: number): number {
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** ceil(a × b / c) for non-negative integers, exact. */
export function mulDivCeil(a: number, b: number, c: number): number {
  const n = BigInt(a) * BigInt(b);
  const d = BigInt(c);
  return Number((n + d - 1n) / d);
}

/** round-half-up(a × b / c) for non-negative integers, exact. */
export function mulDivRound(a: number, b: number, c: number): number {
  const n = BigInt(a) * BigInt(b) * 2n + BigInt(c);
  return Number(n / (BigInt(c) * 2n));
}

export const BP = 10_000;

/**
 * Splits `total` over items in proportion to their weights (largest remainder), ties broken by key,
 * so the parts always add up to `total` and the split never depends on input order.
 */
export function distribute(
  total: number,
  items: readonly { key: string; weight: number | bigint }[],
): Map<string, number> {
  const parts = new Map<string, number>();
  // Plain numbers are exact while every weight is a number and total × weight sum stays below 2^53
  // (a float product of integers rounds monotonically, so the comparison itself is exact enough).
  let numberSum = 0;
  let allNumbers = true;
  for (const item of items) {
    if (typeof item.weight === 'number') numberSum += item.weight;
    else allNumbers = false;
  }
  const exactInNumbers = allNumbers && total * numberSum <= Number.MAX_SAFE_INTEGER;
  let weightSum = 0n;
  if (!exactInNumbers) for (const item of items) weightSum += BigInt(item.weight);
  if (total === 0 || (exactInNumbers ? numberSum === 0 : weightSum === 0n)) {
    for (const item of items) parts.set(item.key, 0);
    return parts;
  }
  const shares = items.map((item) => {
    if (exactInNumbers) {
      const exact = total * (item.weight as number);
      return { key: item.key, floor: Math.floor(exact / numberSum), remainder: exact % numberSum };
    }
    const exact = BigInt(total) * BigInt(item.weight);
    return { key: item.key, floor: Number(exact / weightSum), remainder: exact % weightSum };
  });
  let left = total - shares.reduce((sum, s) => sum + s.floor, 0);
  if (left === 0) {
    for (const share of shares) parts.set(share.key, share.floor);
    return parts;
  }
  // Remainders are all numbers or all bigints; < and > compare either.
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.key < b.key ? -1 : 1,
  );
  for (const share of byRemainder) {
    parts.set(share.key, share.floor + (left > 0 ? 1 : 0));
    left -= 1;
  }
  return parts;
}

/**
 * `distribute` for plain-number weights, as parts in the weights' order: the same split (largest
 * remainder, ties by key), without building keyed items and a map — caps cut lines for every call
 * when matching. Falls back to `distribute` when the products would not be exact in numbers.
 */
export function distributeInOrder(
  total: number,
  weights: readonly number[],
  keyOf: (index: number) => string,
): number[] {
  const n = weights.length;
  let weightSum = 0;
  for (let i = 0; i < n; i++) weightSum += weights[i] as number;
  if (total === 0 || weightSum === 0) return new Array<number>(n).fill(0);
  if (total * weightSum > Number.MAX_SAFE_INTEGER) {
    const parts = distribute(
      total,
      weights.map((weight, i) => ({ key: keyOf(i), weight })),
    );
    return weights.map((_, i) => parts.get(keyOf(i)) ?? 0);
  }
  // Indexed loops and no sort: this runs for every cut of every call when matching, and iterators
  // and a sort's work arrays were a third of everything a match allocated.
  const parts = new Array<number>(n);
  const remainders = new Array<number>(n);
  let left = total;
  for (let i = 0; i < n; i++) {
    const exact = total * (weights[i] as number);
    const floor = Math.floor(exact / weightSum);
    parts[i] = floor;
    remainders[i] = exact % weightSum;
    left -= floor;
  }
  if (left * n > SELECT_UP_TO) return withSortedRemainders(parts, remainders, left, keyOf);
  // The `left` largest remainders (fewer than n) get one cent more, ties to the smaller key: picked
  // one by one, each pick marking its remainder as taken (-1).
  for (; left > 0; left--) {
    let best = -1;
    let bestRemainder = -1;
    for (let i = 0; i < n; i++) {
      const remainder = remainders[i] as number;
      if (
        remainder > bestRemainder ||
        (remainder === bestRemainder && remainder >= 0 && keyOf(i) < keyOf(best))
      ) {
        best = i;
        bestRemainder = remainder;
      }
    }
    parts[best] = (parts[best] as number) + 1;
    remainders[best] = -1;
  }
  return parts;
}

/**
 * Picking the largest remainders one by one takes left × n steps: cheaper than a sort (and without
 * its garbage) for the few lines and cents of a usual cut, dearer for a 200-line plan's.
 */
const SELECT_UP_TO = 1024;

/** The same rounding as distributeInOrder's picks, by sorting the indexes: for large cuts. */
function withSortedRemainders(
  parts: number[],
  remainders: readonly number[],
  left: number,
  keyOf: (index: number) => string,
): number[] {
  const order = remainders.map((_, i) => i);
  order.sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || (keyOf(a) < keyOf(b) ? -1 : 1));
  for (let k = 0; k < left; k++) {
    const index = order[k] as number;
    parts[index] = (parts[index] as number) + 1;
  }
  return parts;
}

/** "€1,200" or "€1,200.50": plain English money for reasons and hints (the UI localises its own). */
export function euro(cents: number): string {
  // Thousands separators by hand: Intl is correct but far too slow for thousands of messages a match.
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = cents % 100;
  return fraction === 0 ? `€${whole}` : `€${whole}.${String(fraction).padStart(2, '0')}`;
}

/** "42 %" from basis points, one decimal when needed. */
export function percent(bp: number): string {
  return `${Number((bp / 100).toFixed(1))} %`;
}
