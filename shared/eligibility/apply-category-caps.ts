/**
 * Caps that depend on several lines: a category's absolute cap, its maximum share of the eligible
 * total, and the call's maximum eligible spend. A cut is spread over the lines it concerns in
 * proportion to their eligible amounts, so the result never depends on line order.
 */
import type { CallRules } from './call-rules-schema';
import type { LineDraft } from './evaluate-line';
import { BP, distribute, euro, mulDivFloor, percent } from './money-math';
import type { Hint, Reason } from './report';

const sum = (lines: readonly LineDraft[]) => lines.reduce((total, line) => total + line.eligibleCents, 0);

function cutTo(lines: LineDraft[], target: number, reason: Reason): void {
  const counted = lines.filter((l) => l.eligibleCents > 0);
  const parts = distribute(
    target,
    counted.map((l) => ({ key: l.lineId, weight: l.eligibleCents })),
  );
  for (const line of counted) {
    const next = parts.get(line.lineId) ?? 0;
    if (next < line.eligibleCents) {
      line.eligibleCents = next;
      // Replaced, not pushed: lines without reasons share one empty array.
      line.reasons = [...line.reasons, reason];
    }
  }
}

const NONE: { limits: Reason[]; hints: Hint[] } = { limits: [], hints: [] };

/** Whether any cap of these kinds exists, worked out once per rules object. */
const hasCaps = new WeakMap<CallRules, boolean>();

export function applyCategoryCaps(rules: CallRules, lines: LineDraft[]): { limits: Reason[]; hints: Hint[] } {
  let any = hasCaps.get(rules);
  if (any === undefined) {
    any =
      rules.totals.maxEligibleCents !== undefined ||
      rules.categories.some(
        (c) => c.capCents !== undefined || (c.capShareBp !== undefined && c.capShareBp < BP),
      );
    hasCaps.set(rules, any);
  }
  if (!any) return { limits: NONE.limits, hints: NONE.hints };
  const limits: Reason[] = [];
  const hints: Hint[] = [];
  for (const category of rules.categories) {
    if (category.capCents === undefined) continue;
    const own = lines.filter((l) => l.category?.id === category.id);
    const amount = sum(own);
    if (amount > category.capCents) {
      const reason: Reason = {
        code: 'CATEGORY_CAP',
        ruleId: `categories.${category.id}.capCents`,
        article: category.article,
        message: `${category.label.en} counts up to ${euro(category.capCents)}: ${euro(amount - category.capCents)} not eligible.`,
        params: {
          category: category.label,
          capCents: category.capCents,
          overCents: amount - category.capCents,
        },
      };
      cutTo(own, category.capCents, reason);
      limits.push(reason);
    }
  }
  for (const category of rules.categories) {
    const share = category.capShareBp;
    if (share === undefined || share >= BP) continue;
    const own = lines.filter((l) => l.category?.id === category.id);
    const amount = sum(own);
    const others = sum(lines) - amount;
    // x ≤ p·(x + others)  ⇔  x ≤ p·others / (1 − p)
    const allowed = mulDivFloor(others, share, BP - share);
    if (amount > allowed) {
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
      cutTo(own, allowed, reason);
      limits.push(reason);
      hints.push({ code: 'CATEGORY_SHARE_CAP', message, params, amountCents: amount - allowed });
    }
  }
  const max = rules.totals.maxEligibleCents;
  const total = sum(lines);
  if (max !== undefined && total > max) {
    const reason: Reason = {
      code: 'MAX_ELIGIBLE',
      ruleId: 'totals.maxEligibleCents',
      article: rules.totals.article,
      message: `Eligible spend counts up to ${euro(max)}: ${euro(total - max)} earns no grant.`,
      params: { maxCents: max, overCents: total - max },
    };
    cutTo(lines, max, reason);
    limits.push(reason);
    hints.push({
      code: 'MAX_ELIGIBLE',
      message: reason.message,
      params: reason.params,
      amountCents: total - max,
    });
  }
  return { limits, hints };
}
