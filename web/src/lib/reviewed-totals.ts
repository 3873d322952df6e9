/**
 * The engine's totals beside the totals after a consultant's review, row by row, for the review page,
 * the SME's receipt and the PDF alike. Both columns are the engine's own numbers (the reviewed ones
 * re-run with the consultant's amounts); nothing here adds or subtracts.
 */
import type { ReportTotals } from '../../../shared/eligibility/report';
import type { ReviewedResult } from '../../../shared/reviews/reviewed-result';

export const TOTAL_ROWS = ['requested', 'eligible', 'grant', 'withheld', 'payout', 'netCost'] as const;
export type TotalRow = (typeof TOTAL_ROWS)[number];

const CENTS_OF: Record<TotalRow, (t: ReportTotals) => number> = {
  requested: (t) => t.requestedCents,
  eligible: (t) => t.eligibleCents,
  // What the SME is granted: the grant plus any bonus, as the application's requested grant counts it.
  grant: (t) => t.grantCents + t.bonusCents,
  withheld: (t) => t.withholdingCents,
  payout: (t) => t.payoutCents,
  netCost: (t) => t.netCostCents,
};

export interface TotalsComparison {
  rows: { row: TotalRow; engineCents: number; reviewedCents?: number }[];
  /** Set when the reviewed totals could not be computed, with the reason. */
  notComputed?: Extract<ReviewedResult, { status: 'not-computed' }>['why'];
}

export function compareTotals(engine: ReportTotals, reviewed: ReviewedResult | undefined): TotalsComparison {
  const computed = reviewed?.status === 'computed' ? reviewed.report.totals : undefined;
  return {
    rows: TOTAL_ROWS.map((row) => ({
      row,
      engineCents: CENTS_OF[row](engine),
      reviewedCents: computed ? CENTS_OF[row](computed) : undefined,
    })),
    notComputed: reviewed?.status === 'not-computed' ? reviewed.why : undefined,
  };
}
