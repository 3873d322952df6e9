/**
 * Amounts as the portal writes them, into integer euro cents without floats: plain digits ("300000"),
 * dot decimals ("39840.39", "2200.8"), Italian comma decimals ("15375383,50"), Italian grouping
 * ("€ 3.292.000.000,00") and words ("17,7 milioni di euro", "3,292 miliardi").
 */
import { MAX_CENTS } from '../money/cents';

/** Whole euros and a decimal fraction as digit strings, so scaling stays exact. */
function toCents(whole: string, fraction: string, multiplier: number): number | undefined {
  const scale = 100 * multiplier;
  const fractionDigits = fraction.length;
  const numerator = Number(whole + fraction) * scale;
  const denominator = 10 ** fractionDigits;
  // Sub-cent remainders cannot be money; refuse rather than round.
  if (!Number.isSafeInteger(numerator) || numerator % denominator !== 0) return undefined;
  const cents = numerator / denominator;
  return cents <= MAX_CENTS ? cents : undefined;
}

/** A number token alone: "300000", "39840.39", "15375383,50", "3.292.000.000,00", "1,234.50". */
export function parseNumberToCents(token: string, multiplier = 1): number | undefined {
  const text = token.trim();
  let m = /^(\d+)$/.exec(text);
  if (m?.[1]) return toCents(m[1], '', multiplier);
  // One separator with 1–2 digits after it is a decimal mark, whichever it is.
  m = /^(\d+)[.,](\d{1,2})$/.exec(text);
  if (m?.[1] && m[2]) return toCents(m[1], m[2], multiplier);
  // With a word multiplier, a comma may carry three decimals ("3,292 miliardi").
  m = /^(\d+),(\d{1,3})$/.exec(text);
  if (multiplier > 1 && m?.[1] && m[2]) return toCents(m[1], m[2], multiplier);
  // Italian grouping with dots, optional comma decimals.
  m = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d{1,3}))?$/.exec(text);
  if (m?.[1]) return toCents(m[1].replaceAll('.', ''), m[2] ?? '', multiplier);
  // English grouping with commas, optional dot decimals.
  m = /^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(text);
  if (m?.[1]) return toCents(m[1].replaceAll(',', ''), m[2] ?? '', multiplier);
  return undefined;
}

const MULTIPLIERS = new Map<string, number>([
  ['mila', 1_000],
  ['milione', 1_000_000],
  ['milioni', 1_000_000],
  ['mln', 1_000_000],
  ['miliardo', 1_000_000_000],
  ['miliardi', 1_000_000_000],
  ['mld', 1_000_000_000],
]);

/**
 * Every amount in a piece of prose, in order. Digits next to '/' are dates ("dm 29/7"), not money, and
 * short bare numbers (no € or euro, no multiplier, under four digits) are counts, not amounts.
 */
export function amountsInProse(text: string, requireCurrency = false): number[] {
  const pattern =
    /(€|euro)?\s*(?<![\d/.,])(\d[\d.,]*\d|\d)(?![\d/])\s*(mila|milion[ei]|mln|miliard[oi]|mld)?\b\s*(?:di\s+)?(€|euro)?/gi;
  const amounts: number[] = [];
  for (const m of text.matchAll(pattern)) {
    const [, before, token = '', word, after] = m;
    const currency = Boolean(before || after);
    const multiplier = word ? (MULTIPLIERS.get(word.toLowerCase()) ?? 1) : 1;
    if (requireCurrency && !currency) continue;
    if (!currency && !word && token.replace(/\D/g, '').length < 4) continue;
    const cents = parseNumberToCents(token.replace(/[.,]$/, ''), multiplier);
    if (cents !== undefined) amounts.push(cents);
  }
  return amounts;
}
