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
  const weightSum = items.reduce((sum, item) => sum + BigInt(item.weight), 0n);
  const parts = new Map<string, number>();
  if (weightSum === 0n) {
    for (const item of items) parts.set(item.key, 0);
    return parts;
  }
  const shares = items.map((item) => {
    const exact = BigInt(total) * BigInt(item.weight);
    return { key: item.key, floor: Number(exact / weightSum), remainder: exact % weightSum };
  });
  let left = total - shares.reduce((sum, s) => sum + s.floor, 0);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? (a.key < b.key ? -1 : 1) : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    parts.set(share.key, share.floor + (left > 0 ? 1 : 0));
    left -= 1;
  }
  return parts;
}

/** "€1,200" or "€1,200.50": plain English money for reasons and hints (the UI localises its own). */
export function euro(cents: number): string {
  const whole = Math.floor(cents / 100).toLocaleString('en');
  const fraction = cents % 100;
  return fraction === 0 ? `€${whole}` : `€${whole}.${String(fraction).padStart(2, '0')}`;
}

/** "42 %" from basis points, one decimal when needed. */
export function percent(bp: number): string {
  return `${Number((bp / 100).toFixed(1))} %`;
}
