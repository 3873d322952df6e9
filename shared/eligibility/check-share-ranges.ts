/**
 * Groups of categories that must make up a share of the eligible spend (e.g. consulting + training
 * 30–70 %). A range that refuses blocks the grant and hints at the amount that fixes it: worked out on
 * the amounts before the caps and checked by running the caps again with that amount added, so a
 * plan that follows the hint passes (a maximum eligible spend cuts the added amount too).
 */

import { hasAnyCaps, runCaps } from './apply-category-caps';
import type { CallRules, SpendCategory } from './call-rules-schema';
import type { LineDraft } from './evaluate-line';
import { BP, euro, mulDivCeil, percent } from './money-math';
import type { Hint, Reason } from './report';

type Range = CallRules['shareRanges'][number];

interface Sums {
  group: number;
  total: number;
}

function sums(lines: readonly LineDraft[], range: Range): Sums {
  let group = 0;
  let total = 0;
  for (const line of lines) {
    total += line.eligibleCents;
    if (line.category && range.categories.includes(line.category.id)) group += line.eligibleCents;
  }
  return { group, total };
}

const tooLow = (s: Sums, range: Range) => s.group * BP < range.minBp * s.total;
const tooHigh = (s: Sums, range: Range) => s.group * BP > range.maxBp * s.total;

/** Spend to add so the group reaches its minimum (add to the group) or falls to its maximum (add other spend). */
function missing(s: Sums, range: Range, low: boolean): number {
  const others = s.total - s.group;
  // g' / (g' + o) ≥ min  ⇔  g' ≥ min·o / (1 − min);  g / (g + o') ≤ max  ⇔  o' ≥ g·(1 − max) / max
  return low
    ? mulDivCeil(others, range.minBp, BP - range.minBp) - s.group
    : mulDivCeil(s.group, BP - range.maxBp, range.maxBp) - others;
}

const NO_REASONS: Reason[] = [];

/** A group category the added spend can go to: one without caps of its own when there is one. */
function groupCategory(rules: CallRules, range: Range): SpendCategory | undefined {
  const own = rules.categories.filter((c) => range.categories.includes(c.id));
  return own.find((c) => c.capCents === undefined && c.capShareBp === undefined) ?? own[0];
}

/**
 * The least amount that, added as one more fully eligible line (of the group when it is too low, of
 * no group when too high), brings the range within bounds after every cap has run again.
 */
function fixingAmount(
  rules: CallRules,
  lines: readonly LineDraft[],
  before: readonly number[],
  range: Range,
  low: boolean,
  firstGuess: number,
): number {
  // Without caps nothing cuts the added amount: the closed form on the amounts is exact.
  if (!hasAnyCaps(rules)) return firstGuess;
  const category = low ? groupCategory(rules, range) : undefined;
  // Only lines that count matter to the caps and the shares.
  const counted: { line: LineDraft; cents: number }[] = [];
  lines.forEach((line, i) => {
    const cents = before[i] ?? 0;
    if (cents > 0) counted.push({ line, cents });
  });
  const draft = (lineId: string, of: SpendCategory | undefined, eligibleCents: number): LineDraft => ({
    lineId,
    category: of,
    requestedCents: 0,
    eligibleCents,
    rateBp: 0,
    reasons: NO_REASONS,
    aidCapCents: undefined,
    aidCapReason: undefined,
  });
  const what = counted.map(({ line, cents }) => draft(line.lineId, line.category, cents));
  const extra = draft('\uffff', category, 0);
  what.push(extra);
  let add = Math.max(1, firstGuess);
  for (let attempt = 0; attempt < 12; attempt++) {
    counted.forEach(({ cents }, i) => {
      (what[i] as LineDraft).eligibleCents = cents;
    });
    extra.eligibleCents = add;
    let pre: Sums = { group: 0, total: 0 };
    runCaps(rules, what, undefined, (capped) => {
      pre = sums(capped, range);
    });
    const after = sums(what, range);
    if (!(low ? tooLow(after, range) : tooHigh(after, range))) return add;
    const short = missing(pre, range, low);
    if (short > 0) {
      add += short;
    } else {
      // Only the rounding of the maximum-eligible cut is left: scale what is missing back up.
      const left = Math.max(1, missing(after, range, low));
      add += after.total === 0 ? left : Math.max(1, mulDivCeil(left, pre.total, after.total));
    }
  }
  return firstGuess;
}

export function checkShareRanges(
  rules: CallRules,
  lines: readonly LineDraft[],
  /** Each line's eligible amount before the caps, in the order of `lines`. */
  before: readonly number[] = lines.map((l) => l.eligibleCents),
): { blockers: Reason[]; hints: Hint[] } {
  const blockers: Reason[] = [];
  const hints: Hint[] = [];
  const total = lines.reduce((s, l) => s + l.eligibleCents, 0);
  if (total === 0) return { blockers, hints };
  for (const range of rules.shareRanges) {
    if (range.onOutside === 'cap') continue;
    const now = sums(lines, range);
    const low = tooLow(now, range);
    if (!low && !tooHigh(now, range)) continue;
    const actualBp = Math.round((now.group * BP) / total);
    const needs = `${range.label.en} is ${percent(actualBp)} of eligible spend; the call needs ${percent(range.minBp)}–${percent(range.maxBp)}`;
    const params = { group: range.label, actualBp, minBp: range.minBp, maxBp: range.maxBp };
    blockers.push({
      code: 'SHARE_RANGE',
      ruleId: `shareRanges.${range.id}`,
      article: range.article,
      message: `${needs}.`,
      params,
    });
    let add: number;
    if (low) {
      add =
        range.minBp >= BP
          ? total - now.group
          : fixingAmount(rules, lines, before, range, true, missing(now, range, true));
    } else {
      add =
        range.maxBp === 0 ? 0 : fixingAmount(rules, lines, before, range, false, missing(now, range, false));
    }
    hints.push(
      low
        ? {
            code: 'SHARE_RANGE_LOW',
            message: `${needs}: add ${euro(add)} of it.`,
            params: { ...params, addCents: add },
            amountCents: add,
          }
        : {
            code: 'SHARE_RANGE_HIGH',
            message: `${needs}: add ${euro(add)} of other eligible spend.`,
            params: { ...params, addCents: add },
            amountCents: add,
          },
    );
  }
  return { blockers, hints };
}
