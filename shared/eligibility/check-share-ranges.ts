/** Groups of categories that must make up a share of the eligible spend (e.g. consulting + training 30–70 %). */
import type { CallRules } from './call-rules-schema';
import type { LineDraft } from './evaluate-line';
import { BP, euro, mulDivCeil, percent } from './money-math';
import type { Hint, Reason } from './report';

export function checkShareRanges(
  rules: CallRules,
  lines: readonly LineDraft[],
): { blockers: Reason[]; hints: Hint[] } {
  const blockers: Reason[] = [];
  const hints: Hint[] = [];
  const total = lines.reduce((s, l) => s + l.eligibleCents, 0);
  if (total === 0) return { blockers, hints };
  for (const range of rules.shareRanges) {
    const group = lines
      .filter((l) => l.category && range.categories.includes(l.category.id))
      .reduce((s, l) => s + l.eligibleCents, 0);
    const others = total - group;
    const actualBp = Math.round((group * BP) / total);
    const needs = `${range.label.en} is ${percent(actualBp)} of eligible spend; the call needs ${percent(range.minBp)}–${percent(range.maxBp)}`;
    const params = { group: range.label, actualBp, minBp: range.minBp, maxBp: range.maxBp };
    if (group * BP < range.minBp * total) {
      // g' / (g' + o) ≥ min  ⇔  g' ≥ min·o / (1 − min)
      const add = range.minBp >= BP ? others : mulDivCeil(others, range.minBp, BP - range.minBp) - group;
      blockers.push({
        code: 'SHARE_RANGE',
        ruleId: `shareRanges.${range.id}`,
        article: range.article,
        message: `${needs}.`,
        params,
      });
      hints.push({
        code: 'SHARE_RANGE_LOW',
        message: `${needs}: add ${euro(add)} of it.`,
        params: { ...params, addCents: add },
        amountCents: add,
      });
    } else if (group * BP > range.maxBp * total) {
      // g / (g + o') ≤ max  ⇔  o' ≥ g·(1 − max) / max
      const add = range.maxBp === 0 ? 0 : mulDivCeil(group, BP - range.maxBp, range.maxBp) - others;
      blockers.push({
        code: 'SHARE_RANGE',
        ruleId: `shareRanges.${range.id}`,
        article: range.article,
        message: `${needs}.`,
        params,
      });
      hints.push({
        code: 'SHARE_RANGE_HIGH',
        message: `${needs}: add ${euro(add)} of other eligible spend.`,
        params: { ...params, addCents: add },
        amountCents: add,
      });
    }
  }
  return { blockers, hints };
}
