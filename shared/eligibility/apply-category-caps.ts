/**
 * Caps that depend on several lines: a category's absolute cap, its maximum share of the eligible
 * total, the call's maximum eligible spend, then share ranges that cap rather than refuse. A cut is
 * spread over the lines it concerns in proportion to their eligible amounts, so the result never
 * depends on line order.
 */
import type { CallRules } from './call-rules-schema';
import type { LineDraft } from './evaluate-line';
import { BP, distributeInOrder, euro, mulDivFloor, percent } from './money-math';
import type { Hint, Reason } from './report';

const sum = (lines: readonly LineDraft[]) => lines.reduce((total, line) => total + line.eligibleCents, 0);

function cutTo(lines: LineDraft[], target: number, reason: Reason | undefined): void {
  const counted = lines.filter((l) => l.eligibleCents > 0);
  const parts = distributeInOrder(
    target,
    counted.map((l) => l.eligibleCents),
    (i) => (counted[i] as LineDraft).lineId,
  );
  counted.forEach((line, i) => {
    const next = parts[i] ?? 0;
    if (next < line.eligibleCents) {
      line.eligibleCents = next;
      // Replaced, not pushed: lines without reasons share one empty array.
      if (reason) line.reasons = [...line.reasons, reason];
    }
  });
}

const NONE: { limits: Reason[]; hints: Hint[] } = { limits: [], hints: [] };

/** Whether any cap of these kinds exists, worked out once per rules object. */
const hasCaps = new WeakMap<CallRules, boolean>();

/**
 * Where explained caps go; absent when only the amounts matter (a hint's what-if run). A ranking
 * summary (`explain` false) keeps only the hints it shows: no limits and no per-line reasons are made.
 */
interface Out {
  limits: Reason[];
  hints: Hint[];
  explain: boolean;
}

const inGroup = (line: LineDraft, categories: readonly string[]) =>
  line.category !== undefined && categories.includes(line.category.id);

/** Whether the rules hold any cap that can cut eligible amounts (worked out once per rules object). */
export function hasAnyCaps(rules: CallRules): boolean {
  let any = hasCaps.get(rules);
  if (any === undefined) {
    any =
      rules.totals.maxEligibleCents !== undefined ||
      rules.categories.some(
        (c) => c.capCents !== undefined || (c.capShareBp !== undefined && c.capShareBp < BP),
      ) ||
      rules.shareRanges.some((r) => r.onOutside === 'cap');
    hasCaps.set(rules, any);
  }
  return any;
}

export function applyCategoryCaps(
  rules: CallRules,
  lines: LineDraft[],
  explain = true,
): { limits: Reason[]; hints: Hint[] } {
  if (!hasAnyCaps(rules)) return { limits: NONE.limits, hints: NONE.hints };
  const out: Out = { limits: [], hints: [], explain };
  runCaps(rules, lines, out);
  return out;
}

/**
 * Every cap in order, on `lines` in place. Without `out` no reasons are made (a what-if run);
 * `beforeMaxEligible` sees the amounts just before the call's maximum eligible spend cuts them.
 */
export function runCaps(
  rules: CallRules,
  lines: LineDraft[],
  out?: Out,
  beforeMaxEligible?: (lines: readonly LineDraft[]) => void,
): void {
  capCategories(rules, lines, out);
  beforeMaxEligible?.(lines);
  capMaxEligible(rules, lines, out);
  capShareRanges(rules, lines, out);
}

/** The lines of each category, found in one pass rather than once per category. */
function linesByCategory(lines: readonly LineDraft[]): Map<string, LineDraft[]> {
  const byCategory = new Map<string, LineDraft[]>();
  for (const line of lines) {
    if (line.category === undefined) continue;
    const own = byCategory.get(line.category.id);
    if (own) own.push(line);
    else byCategory.set(line.category.id, [line]);
  }
  return byCategory;
}

const NO_LINES: LineDraft[] = [];

function capCategories(rules: CallRules, lines: LineDraft[], out: Out | undefined): void {
  let byCategory: Map<string, LineDraft[]> | undefined;
  const linesOf = (id: string) => {
    byCategory ??= linesByCategory(lines);
    return byCategory.get(id) ?? NO_LINES;
  };
  for (const category of rules.categories) {
    if (category.capCents === undefined) continue;
    const own = linesOf(category.id);
    const amount = sum(own);
    if (amount > category.capCents) {
      const reason: Reason | undefined = out?.explain
        ? {
            code: 'CATEGORY_CAP',
            ruleId: `categories.${category.id}.capCents`,
            article: category.article,
            message: `${category.label.en} counts up to ${euro(category.capCents)}: ${euro(amount - category.capCents)} not eligible.`,
            params: {
              category: category.label,
              capCents: category.capCents,
              overCents: amount - category.capCents,
            },
          }
        : undefined;
      cutTo(own, category.capCents, reason);
      if (reason) out?.limits.push(reason);
    }
  }
  for (const category of rules.categories) {
    const share = category.capShareBp;
    if (share === undefined || share >= BP) continue;
    const own = linesOf(category.id);
    const amount = sum(own);
    const others = sum(lines) - amount;
    // x ≤ p·(x + others)  ⇔  x ≤ p·others / (1 − p)
    const allowed = mulDivFloor(others, share, BP - share);
    if (amount > allowed) {
      if (!out) {
        cutTo(own, allowed, undefined);
        continue;
      }
      const actualBp = Math.round((amount * BP) / (amount + others));
      const message = `${category.label.en} is ${percent(actualBp)} of eligible spend, cap ${percent(share)}: ${euro(amount - allowed)} not eligible.`;
      const params = { category: category.label, actualBp, capBp: share, overCents: amount - allowed };
      const reason: Reason = {
        code: 'CATEGORY_SHARE_CAP',
        ruleId: `categories.${category.id}.capShareBp`,
        article: category.article,
        message,
        params,
      };
      cutTo(own, allowed, out.explain ? reason : undefined);
      if (out.explain) out.limits.push(reason);
      out.hints.push({ code: 'CATEGORY_SHARE_CAP', message, params, amountCents: amount - allowed });
    }
  }
}

function capMaxEligible(rules: CallRules, lines: LineDraft[], out: Out | undefined): void {
  const max = rules.totals.maxEligibleCents;
  if (max === undefined) return;
  const total = sum(lines);
  if (total <= max) return;
  if (!out) {
    cutTo(lines, max, undefined);
    return;
  }
  const reason: Reason = {
    code: 'MAX_ELIGIBLE',
    ruleId: 'totals.maxEligibleCents',
    article: rules.totals.article,
    message: `Eligible spend counts up to ${euro(max)}: ${euro(total - max)} earns no grant.`,
    params: { maxCents: max, overCents: total - max },
  };
  cutTo(lines, max, out.explain ? reason : undefined);
  if (out.explain) out.limits.push(reason);
  out.hints.push({
    code: 'MAX_ELIGIBLE',
    message: reason.message,
    params: reason.params,
    amountCents: total - max,
  });
}

/**
 * Share ranges that cap: a group above its maximum share is cut to it; below its minimum, the other
 * spend is cut so the group reaches it. Exact: after the cut g·10000 ≤ max·(g + o), or ≥ min·(g + o).
 */
function capShareRanges(rules: CallRules, lines: LineDraft[], out: Out | undefined): void {
  for (const range of rules.shareRanges) {
    if (range.onOutside !== 'cap') continue;
    const group = lines.filter((l) => inGroup(l, range.categories));
    const groupCents = sum(group);
    const total = sum(lines);
    if (total === 0) continue;
    const others = total - groupCents;
    const high = groupCents * BP > range.maxBp * total;
    const low = !high && groupCents * BP < range.minBp * total;
    if (!high && !low) continue;
    // g ≤ max·o / (1 − max); o ≤ g·(1 − min) / min
    const allowed = high
      ? range.maxBp === 0
        ? 0
        : mulDivFloor(others, range.maxBp, BP - range.maxBp)
      : mulDivFloor(groupCents, BP - range.minBp, range.minBp);
    const cut = high ? group : lines.filter((l) => !inGroup(l, range.categories));
    const overCents = (high ? groupCents : others) - allowed;
    if (!out) {
      cutTo(cut, allowed, undefined);
      continue;
    }
    const actualBp = Math.round((groupCents * BP) / total);
    const message = high
      ? `${range.label.en} is ${percent(actualBp)} of eligible spend, at most ${percent(range.maxBp)}: ${euro(overCents)} of it not eligible.`
      : `${range.label.en} is ${percent(actualBp)} of eligible spend, at least ${percent(range.minBp)}: ${euro(overCents)} of other spend not eligible.`;
    const params = {
      ...(high ? {} : { context: 'low' }),
      group: range.label,
      actualBp,
      minBp: range.minBp,
      maxBp: range.maxBp,
      overCents,
    };
    const reason: Reason = {
      code: 'SHARE_RANGE_CAP',
      ruleId: `shareRanges.${range.id}`,
      article: range.article,
      message,
      params,
    };
    cutTo(cut, allowed, out.explain ? reason : undefined);
    if (out.explain) out.limits.push(reason);
    out.hints.push({ code: 'SHARE_RANGE_CAP', message, params, amountCents: overCents });
  }
}
