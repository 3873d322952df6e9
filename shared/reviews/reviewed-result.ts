/**
 * The grant after a consultant's review: the engine re-run on the application's own inputs with the
 * consultant's eligible amounts (shared/eligibility/review-overrides.ts), never a sum done by hand.
 * Frozen in the review when it is signed and covered by its content hash.
 */
import type { EligibilityReport, LineResult } from '../eligibility/report';

/**
 * Why no reviewed totals could be computed (the page says so rather than show wrong numbers):
 * `inputs-not-kept` the application predates keeping the evaluated plan and company;
 * `inputs-changed` the kept inputs no longer hash to the report's inputHash;
 * `call-version-missing` the pinned call version (or its rules) cannot be read;
 * `rules-changed` the pinned version's rules no longer hash to the report's rulesHash;
 * `engine-changed` the report was made by another engine version, so a re-run could differ for
 * reasons that are not the consultant's.
 */
export const NOT_COMPUTED_WHY = [
  'inputs-not-kept',
  'inputs-changed',
  'call-version-missing',
  'rules-changed',
  'engine-changed',
] as const;
export type NotComputedWhy = (typeof NOT_COMPUTED_WHY)[number];

/**
 * The re-run report as the review keeps it: what identifies the run (engine, rules and input hashes —
 * the input hash names the overrides), the verdict with its blockers and limits, the totals, and each
 * line's amounts. The line reasons are left out: they are the application's report's, after the
 * override the review itself records, and keeping them twice would double the review item's size.
 */
export type ReviewedReport = Pick<
  EligibilityReport,
  | 'engineVersion'
  | 'callVersion'
  | 'rulesHash'
  | 'inputHash'
  | 'evaluatedOn'
  | 'fundable'
  | 'blockers'
  | 'totals'
  | 'limits'
> & { lines: Pick<LineResult, 'lineId' | 'verdict' | 'eligibleCents' | 'grantCents'>[] };

export function reviewedReportOf(report: EligibilityReport): ReviewedReport {
  return {
    engineVersion: report.engineVersion,
    callVersion: report.callVersion,
    rulesHash: report.rulesHash,
    inputHash: report.inputHash,
    evaluatedOn: report.evaluatedOn,
    fundable: report.fundable,
    blockers: report.blockers,
    totals: report.totals,
    limits: report.limits,
    lines: report.lines.map(({ lineId, verdict, eligibleCents, grantCents }) => ({
      lineId,
      verdict,
      eligibleCents,
      grantCents,
    })),
  };
}

export type ReviewedResult =
  /** The engine's report with the consultant's amounts (without overrides: the report itself). */
  { status: 'computed'; report: ReviewedReport } | { status: 'not-computed'; why: NotComputedWhy };

/** The line verdicts the engine needs: an override carries the amount the consultant set. */
interface Verdict {
  decision: 'accept' | 'override';
  eligibleCents?: number;
}

/**
 * The consultant's eligible amounts by line id. Own properties only (Object.entries), so a line
 * named like an Object.prototype member is never read through the prototype.
 */
export function eligibleOverridesOf(lines: Readonly<Record<string, Verdict>>): Map<string, number> {
  const overrides = new Map<string, number>();
  for (const [lineId, verdict] of Object.entries(lines)) {
    if (verdict.decision === 'override' && verdict.eligibleCents !== undefined)
      overrides.set(lineId, verdict.eligibleCents);
  }
  return overrides;
}
