/**
 * Re-runs the engine for a review: the application's kept plan and company, its pinned call version
 * (AP1b) and evaluation date, with the consultant's eligible amounts. It refuses to compute — and says
 * why — unless those inputs are provably the ones the application's report was made from (same input
 * hash, same rules hash, same engine version), so a difference between the engine's totals and the
 * reviewed totals is the consultant's overrides and nothing else.
 */
import type { Application } from '../../shared/applications/application-schema';
import { contentHash } from '../../shared/eligibility/content-hash';
import { evaluate, inputHashOf, totalsAsToday } from '../../shared/eligibility/evaluate';
import type { LineReview } from '../../shared/reviews/review-schema';
import {
  eligibleOverridesOf,
  type ReviewedResult,
  reviewedReportOf,
} from '../../shared/reviews/reviewed-result';
import type { AppDeps } from '../api/app-deps';

export async function computeReviewed(
  deps: Pick<AppDeps, 'calls'>,
  application: Application,
  lines: Readonly<Record<string, LineReview>>,
): Promise<ReviewedResult> {
  const { report } = application;
  const overrides = eligibleOverridesOf(lines);
  // Without an override the engine's report is the reviewed result: evaluate() with no overrides
  // returns exactly that report (golden test in shared/eligibility/review-overrides.test.ts).
  if (overrides.size === 0) return { status: 'computed', report: reviewedReportOf(report) };
  const inputs = application.evaluatedWith;
  if (!inputs) return { status: 'not-computed', why: 'inputs-not-kept' };
  if (!totalsAsToday(report.engineVersion)) return { status: 'not-computed', why: 'engine-changed' };
  if (inputHashOf(inputs.plan, inputs.company, report.evaluatedOn) !== report.inputHash)
    return { status: 'not-computed', why: 'inputs-changed' };
  const pinned = await deps.calls.getVersion(application.callId, application.callVersion);
  if (!pinned?.rules) return { status: 'not-computed', why: 'call-version-missing' };
  const rulesHash = pinned.rulesHash ?? contentHash(pinned.rules);
  if (rulesHash !== report.rulesHash) return { status: 'not-computed', why: 'rules-changed' };
  return {
    status: 'computed',
    report: reviewedReportOf(
      evaluate({
        call: { id: application.callId, version: application.callVersion, rules: pinned.rules, rulesHash },
        plan: inputs.plan,
        company: inputs.company,
        on: report.evaluatedOn,
        eligibleOverrides: overrides,
      }),
    ),
  };
}
