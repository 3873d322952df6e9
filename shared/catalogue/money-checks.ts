/**
 * Cross-checks of the amounts. Maxima are not always per-applicant caps: some equal the whole budget
 * (ID 4234: spend max 3,000,000 = budget, while the text caps each firm at 2,200–9,600; ID 1520 is off by
 * a rounding: 55,117 / 55,116 / 55,116.97), an aid minimum of 1,950 appears where the text has none (IDs
 * 1433, 1434, 1447), and budgets can be implausibly small (ID 8377: 247.17 with caps of 7,250 per firm).
 */
import type { AmountRange, Budget } from './amounts';
import { type CatalogueWarning, warn } from './warnings';

/** A euro of slack, for maxima rounded from a budget with cents. */
const SAME_AS_BUDGET_CENTS = 100;
/** The portal's apparent default aid minimum (1,950 €). */
const DEFAULT_AID_MIN_CENTS = 195_000;
/** Below €1,000 a measure's total budget is almost certainly not the budget. */
const TINY_BUDGET_CENTS = 100_000;

const euros = (cents: number) =>
  `€${(cents / 100).toLocaleString('en', { minimumFractionDigits: cents % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;

export function moneyChecks(spend: AmountRange, aid: AmountRange, budget: Budget): CatalogueWarning[] {
  const warnings: CatalogueWarning[] = [];
  if (aid.maxCents !== undefined && spend.maxCents !== undefined && aid.maxCents > spend.maxCents)
    warnings.push(
      warn(
        'AID_MAX_ABOVE_SPEND_MAX',
        { aidMaxCents: aid.maxCents, spendMaxCents: spend.maxCents },
        `maximum aid ${euros(aid.maxCents)} is above maximum eligible spend ${euros(spend.maxCents)}`,
      ),
    );
  const budgetCents = budget.cents;
  if (budgetCents !== undefined) {
    for (const [field, cap] of [
      ['Spesa_Ammessa_max', spend.maxCents],
      ['Agevolazione_Concedibile_max', aid.maxCents],
    ] as const) {
      if (cap !== undefined && Math.abs(cap - budgetCents) <= SAME_AS_BUDGET_CENTS)
        warnings.push(
          warn(
            'CAP_MATCHES_BUDGET',
            { field, capCents: cap, budgetCents },
            `${field} ${euros(cap)} is the whole budget ${euros(budgetCents)}, probably not a per-applicant cap`,
          ),
        );
    }
    if (aid.maxCents !== undefined && budgetCents < aid.maxCents)
      warnings.push(
        warn(
          'BUDGET_BELOW_AID_MAX',
          { budgetCents, aidMaxCents: aid.maxCents },
          `budget ${euros(budgetCents)} is below the maximum aid per applicant ${euros(aid.maxCents)}`,
        ),
      );
    if (budgetCents > 0 && budgetCents < TINY_BUDGET_CENTS)
      warnings.push(
        warn('BUDGET_TINY', { budgetCents }, `budget ${euros(budgetCents)} is implausibly small`),
      );
  }
  if (aid.minCents === DEFAULT_AID_MIN_CENTS)
    warnings.push(
      warn(
        'AID_MIN_DEFAULT',
        { aidMinCents: aid.minCents },
        `minimum aid ${euros(aid.minCents)} looks like a portal default, not a rule; check the text`,
      ),
    );
  return warnings;
}
