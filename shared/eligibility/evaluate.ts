/**
 * Evaluates one plan against one call version and returns the full, explained report. Pure and
 * deterministic: the same inputs give the same report, whatever the order of the plan's lines.
 */
import type { Company } from '../companies/company-schema';
import type { Plan } from '../plans/plan-schema';
import type { CalendarDate } from '../time/calendar-date';
import { applyCategoryCaps } from './apply-category-caps';
import type { CallRules } from './call-rules-schema';
import { checkApplicant } from './check-applicant';
import { checkShareRanges } from './check-share-ranges';
import { computeGrant } from './compute-grant';
import { contentHash } from './content-hash';
import { evaluateLine, type LineDraft, lineContext } from './evaluate-line';
import { distribute } from './money-math';
import type { EligibilityReport, LineResult } from './report';
import { classifySize, type SizeClassResult } from './size-class';

/** Bumped whenever a change could alter any report; stored in every report. */
export const ENGINE_VERSION = '1.0.0';

export interface CallVersion {
  id: string;
  version: number;
  rules: CallRules;
  /** contentHash(rules), computed once when the version is published; computed here when absent. */
  rulesHash?: string;
}

export interface EvaluationInput {
  call: CallVersion;
  plan: Plan;
  company: Company;
  /** The day the evaluation is for (application date): drives de minimis and relative deadlines. */
  on: CalendarDate;
  allocatedCents?: number;
}

export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Identifies the plan, company and date a report was made for; line order does not change it. */
export function inputHashOf(plan: Plan, company: Company, on: CalendarDate, allocatedCents?: number): string {
  return contentHash({ plan: { ...plan, lines: [...plan.lines].sort(byId) }, company, on, allocatedCents });
}

/** Work that does not depend on the call, done once when one plan is matched against many calls. */
export interface Precomputed {
  inputHash?: string;
  size?: SizeClassResult;
  /** The plan's lines sorted by id. */
  sortedLines?: Plan['lines'];
  /**
   * False when ranking many calls: amounts and verdicts are the same, but line reasons carry no
   * message text. Every report a person reads is made with explanations.
   */
  explain?: boolean;
}

/** Per-line results; the grant is split in proportion to each line's eligible amount × rate. */
function lineResults(lines: readonly LineDraft[], grantCents: number): LineResult[] {
  const grantShares = distribute(
    grantCents,
    lines.map((l) => ({ key: l.lineId, weight: l.eligibleCents * l.rateBp })),
  );
  return lines.map((line) => ({
    lineId: line.lineId,
    categoryId: line.category?.id,
    verdict:
      line.eligibleCents === 0
        ? 'ineligible'
        : line.eligibleCents < line.requestedCents
          ? 'partly'
          : 'eligible',
    requestedCents: line.requestedCents,
    eligibleCents: line.eligibleCents,
    rateBp: line.eligibleCents > 0 ? line.rateBp : 0,
    grantCents: grantShares.get(line.lineId) ?? 0,
    reasons: line.reasons,
  }));
}

export function evaluate(input: EvaluationInput, precomputed: Precomputed = {}): EligibilityReport {
  const { call, plan, company, on } = input;
  const { rules } = call;
  const size = precomputed.size ?? classifySize(company);
  const applicantReasons = checkApplicant(rules, company, size.sizeClass, on);
  const ctx = lineContext(rules, plan, size.sizeClass, on, precomputed.explain ?? true);
  const lines = (precomputed.sortedLines ?? [...plan.lines].sort(byId)).map((line) =>
    evaluateLine(ctx, line),
  );

  const caps = applyCategoryCaps(rules, lines);
  const ranges = checkShareRanges(rules, lines);
  const grant = computeGrant({
    rules,
    lines,
    company,
    on,
    allocatedCents: input.allocatedCents,
    applicantEligible: applicantReasons.length === 0,
    blockedEarlier: ranges.blockers.length > 0,
  });
  const blockers = [...ranges.blockers, ...grant.blockers];
  // Summaries for ranking skip the per-line breakdown; an explained report always has it.
  const results: LineResult[] = ctx.explain ? lineResults(lines, grant.totals.grantCents) : [];

  return {
    engineVersion: ENGINE_VERSION,
    callId: call.id,
    callVersion: call.version,
    rulesHash: call.rulesHash ?? contentHash(rules),
    inputHash: precomputed.inputHash ?? inputHashOf(plan, company, on, input.allocatedCents),
    evaluatedOn: on,
    applicant: {
      eligible: applicantReasons.length === 0,
      sizeClass: size.sizeClass,
      sizeClassReasons: size.reasons,
      reasons: applicantReasons,
    },
    fundable: applicantReasons.length === 0 && blockers.length === 0,
    blockers,
    lines: results,
    totals: grant.totals,
    limits: [...caps.limits, ...grant.limits],
    deMinimis: grant.deMinimis,
    hints: [...caps.hints, ...ranges.hints, ...grant.hints],
  };
}
