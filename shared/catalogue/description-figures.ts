/**
 * Rates, caps, minimums and withholding live only in the description's prose ("non potrà superare il
 * 50% delle spese", "euro 2.500,00", "ritenuta d'acconto del 4%"). They are extracted as hints for a
 * person completing the call's structured rules, never used as rules themselves.
 */
import { amountsInProse } from './italian-amounts';

export interface DescriptionFigures {
  /** Amounts written with € or "euro", ascending, de-duplicated. */
  amountsCents: number[];
  /** Percentages, as basis points (50 % = 5000), ascending, de-duplicated. */
  ratesBp: number[];
}

const sortedUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

export function descriptionFigures(text: string): DescriptionFigures {
  const rates: number[] = [];
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,3})(?:[.,](\d{1,2}))?\s*(?:%|per\s?cento)/gi)) {
    const bp = Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
    if (bp <= 10_000) rates.push(bp);
  }
  return { amountsCents: sortedUnique(amountsInProse(text, true)), ratesBp: sortedUnique(rates) };
}
