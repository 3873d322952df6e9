/**
 * A consultant's reviewed amounts, applied by the engine itself (never by hand): an overridden line
 * counts the amount the consultant set — never above what the line requests — in place of what the
 * line checks counted, and every later rule then runs as usual: category caps, share ranges, project
 * minimum/maximum, rate, rounding, maximum grant, bonuses, yearly ceiling, de minimis, withholding. So
 * an override can change the grant only within the call's limits.
 *
 * What the consultant judges is the line's own verdict (exclusions, category, dates, refused other
 * aid, VAT, subscriptions, unit prices, line minimum): those checks are replaced by the amount. The
 * rate stays the line's category rate (the call's default rate for a line the engine put in no
 * category, which then counts towards no category cap or share group), and the cap that other aid on
 * the same cost leaves (cumulation up to a maximum intensity) is worked out again on the new amount.
 */
import type { SpendLine } from '../plans/plan-schema';
import { aidOn, cumulationCap } from './cumulation';
import { cumulationCapReason, type LineContext, type LineDraft, rateFor } from './evaluate-line';
import { BP, euro } from './money-math';
import type { Reason } from './report';

/** Line id → the eligible amount a consultant set, in cents. */
export type EligibleOverrides = ReadonlyMap<string, number>;

/** The overrides in a fixed order, for hashing: the same overrides always hash the same. */
export function overridesForHash(overrides: EligibleOverrides | undefined): [string, number][] | undefined {
  if (!overrides || overrides.size === 0) return undefined;
  return [...overrides].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Replaces the eligible amount of each overridden line, in place. `planLines[i]` is the plan line
 * of `drafts[i]`. Ids with no line in the plan are ignored; amounts are clamped to 0…requested.
 */
export function applyEligibleOverrides(
  ctx: LineContext,
  planLines: readonly SpendLine[],
  drafts: LineDraft[],
  overrides: EligibleOverrides,
): void {
  for (const [i, line] of planLines.entries()) {
    const wanted = overrides.get(line.id);
    const draft = drafts[i];
    if (wanted === undefined || !draft) continue;
    const engineCents = draft.eligibleCents;
    let eligibleCents = Math.min(draft.requestedCents, Math.max(0, Math.floor(wanted)));
    const rateBp =
      eligibleCents === 0 ? 0 : rateFor(draft.category?.rate ?? ctx.rules.totals.rate, ctx.sizeClass);
    const reasons: Reason[] = [];
    if (ctx.explain) {
      reasons.push({
        code: 'REVIEW_OVERRIDE',
        ruleId: `review.lines.${line.id}`,
        // A consultant's amount cites no article of the call; the written reason is on the review.
        article: '',
        message: `A consultant set the eligible amount to ${euro(eligibleCents)} (the engine counted ${euro(engineCents)}).`,
        params: { eligibleCents, engineCents },
      });
    }
    draft.aidCapCents = undefined;
    draft.aidCapReason = undefined;
    const cumulation = ctx.cumulation;
    const otherAid = cumulation && eligibleCents > 0 ? aidOn(line, ctx.historyAid) : undefined;
    if (cumulation && otherAid && otherAid.length > 0) {
      const cap = cumulationCap(cumulation, otherAid, eligibleCents);
      if (cap.kind === 'capped' && cap.capCents === 0) {
        // As for any line: when other aid already reaches the intensity the cost earns nothing and
        // does not count, whoever set its amount.
        if (ctx.explain) reasons.push(cumulationCapReason(cumulation, eligibleCents, cap));
        eligibleCents = 0;
      } else if (
        cap.kind === 'capped' &&
        BigInt(cap.capCents) * BigInt(BP) < BigInt(eligibleCents) * BigInt(rateBp)
      ) {
        draft.aidCapCents = cap.capCents;
        if (ctx.explain) draft.aidCapReason = cumulationCapReason(cumulation, eligibleCents, cap);
      }
    }
    draft.eligibleCents = eligibleCents;
    draft.rateBp = eligibleCents === 0 ? 0 : rateBp;
    // The engine's own reasons stay after the override: they say what the consultant overrode.
    draft.reasons = ctx.explain ? [...reasons, ...draft.reasons] : draft.reasons;
  }
}
