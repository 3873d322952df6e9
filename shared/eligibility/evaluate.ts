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
import { computeGrant, lineContribution } from './compute-grant';
import { contentHash } from './content-hash';
import { historyAidFor } from './cumulation';
import { evaluateLine, type LineContext, type LineDraft, lineContext } from './evaluate-line';
import { distribute } from './money-math';
import type { EligibilityReport, Hint, LineResult } from './report';
import { applyEligibleOverrides, type EligibleOverrides, overridesForHash } from './review-overrides';
import { classifySize, type SizeClassResult } from './size-class';

/** Bumped whenever a change could alter any report; stored in every report. */
export const ENGINE_VERSION = '1.4.0';

/**
 * Earlier versions whose totals this one computes the same for every input: 1.3.0 changed only hints
 * and which limits a refused plan reports; 1.4.0 only reads lines not dated yet, which no earlier version
 * accepted. A reviewed total is recomputed on a report of one of them
 * (the difference is then still the consultant's overrides alone); any other version says "engine changed".
 */
const SAME_TOTALS: ReadonlySet<string> = new Set(['1.2.0', '1.3.0', ENGINE_VERSION]);

export function totalsAsToday(engineVersion: string): boolean {
  return SAME_TOTALS.has(engineVersion);
}

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
  /**
   * A consultant's eligible amounts by line id (review-overrides.ts), applied after the line checks and
   * before every cap and limit. Absent or empty: the report is exactly the one without a review.
   */
  eligibleOverrides?: EligibleOverrides;
}

export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Identifies the plan, company, date (and reviewed amounts, if any) a report was made for; line order
 * does not change it. Without overrides the hash is the one reports always had.
 */
export function inputHashOf(
  plan: Plan,
  company: Company,
  on: CalendarDate,
  allocatedCents?: number,
  eligibleOverrides?: EligibleOverrides,
): string {
  return contentHash({
    plan: { ...plan, lines: [...plan.lines].sort(byId) },
    company,
    on,
    allocatedCents,
    eligibleOverrides: overridesForHash(eligibleOverrides),
  });
}

/** Work that does not depend on the call, done once when one plan is matched against many calls. */
export interface Precomputed {
  size?: SizeClassResult;
  /** The plan's lines sorted by id. */
  sortedLines?: Plan['lines'];
  /**
   * False when ranking many calls: amounts and verdicts are the same, but line reasons carry no
   * message text. Every report a person reads is made with explanations.
   */
  explain?: boolean;
  /** The plan's total spend, net of VAT and with VAT. */
  requestedNetCents?: number;
  requestedWithVatCents?: number;
  /**
   * Ranking only (`explain` false): line drafts refilled for every call instead of made anew, since a
   * ranking summary keeps none of them. Matching 1,000 calls otherwise makes 50,000 short-lived objects
   * per 50-line plan, and the collector's work was the largest single cost of a match.
   */
  reusedDrafts?: LineDraft[];
}

/** Each line's draft, in the sorted lines' order; refilling `precomputed.reusedDrafts` when given. */
function lineDrafts(
  ctx: LineContext,
  sortedLines: Plan['lines'],
  precomputed: Precomputed | undefined,
): LineDraft[] {
  const reused = precomputed?.reusedDrafts;
  if (!reused) return sortedLines.map((line) => evaluateLine(ctx, line));
  reused.length = Math.min(reused.length, sortedLines.length);
  for (let i = 0; i < sortedLines.length; i++) {
    reused[i] = evaluateLine(ctx, sortedLines[i] as Plan['lines'][number], reused[i]);
  }
  return reused;
}

/** Per-line results; the grant is split in proportion to each line's eligible amount × rate. */
function lineResults(lines: readonly LineDraft[], grantCents: number): LineResult[] {
  const grantShares = distribute(
    grantCents,
    lines.map((l) => ({
      key: l.lineId,
      weight: l.aidCapCents === undefined ? l.eligibleCents * l.rateBp : lineContribution(l),
    })),
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
  const canApply = applicantReasons.length === 0;
  const explain = precomputed.explain ?? true;
  const sortedLines = precomputed.sortedLines ?? [...plan.lines].sort(byId);
  const head = {
    engineVersion: ENGINE_VERSION,
    callId: call.id,
    callVersion: call.version,
    rulesHash: call.rulesHash ?? contentHash(rules),
    // A ranking summary is not a report anyone keeps, so it skips hashing the inputs.
    inputHash: explain ? inputHashOf(plan, company, on, input.allocatedCents, input.eligibleOverrides) : '',
    evaluatedOn: on,
    applicant: {
      eligible: canApply,
      sizeClass: size.sizeClass,
      sizeClassReasons: size.reasons,
      reasons: applicantReasons,
    },
  };
  if (!explain && !canApply) return refusedApplicantSummary(head, rules, sortedLines, precomputed);

  const history = rules.cumulation ? historyAidFor(company, plan.id) : undefined;
  const ctx = lineContext(rules, plan, size.sizeClass, on, explain, history);
  const lines = lineDrafts(ctx, sortedLines, explain ? undefined : precomputed);
  if (input.eligibleOverrides && input.eligibleOverrides.size > 0)
    applyEligibleOverrides(ctx, sortedLines, lines, input.eligibleOverrides);
  // The share-range hints rerun the caps from these amounts.
  const before = rules.shareRanges.length > 0 ? lines.map((l) => l.eligibleCents) : undefined;
  const caps = applyCategoryCaps(rules, lines, explain);
  const ranges = checkShareRanges(rules, lines, before);
  if (explain && rules.cumulation) explainAidCaps(lines);
  const grant = computeGrant({
    rules,
    lines,
    company,
    on,
    allocatedCents: input.allocatedCents,
    applicantEligible: canApply,
    blockedEarlier: ranges.blockers.length > 0,
    explain,
  });
  const blockers = joined(ranges.blockers, grant.blockers);
  // Written out rather than spread: this object is made once per call when matching.
  return {
    engineVersion: head.engineVersion,
    callId: head.callId,
    callVersion: head.callVersion,
    rulesHash: head.rulesHash,
    inputHash: head.inputHash,
    evaluatedOn: head.evaluatedOn,
    applicant: head.applicant,
    fundable: canApply && blockers.length === 0,
    blockers,
    // Summaries for ranking skip the per-line breakdown; an explained report always has it.
    lines: explain ? lineResults(lines, grant.totals.grantCents) : [],
    totals: grant.totals,
    limits: joined(caps.limits, grant.limits),
    deMinimis: grant.deMinimis,
    hints: spendThatHelps(joined(joined(caps.hints, ranges.hints), grant.hints), grant.roomCents),
  };
}

/** The hints that ask for more (or other) spend; texts and steps say "add €…". */
const ADD_SPEND_HINTS: ReadonlySet<string> = new Set([
  'SHARE_RANGE_LOW',
  'SHARE_RANGE_HIGH',
  'BELOW_PROJECT_MINIMUM',
  'CATEGORY_SHARE_CAP',
]);

/**
 * A hint to add spend is true only if a grant can follow: with the yearly ceiling or the de minimis
 * headroom used up (room 0), no spend earns one, so the hint would send the SME to spend for nothing.
 */
function spendThatHelps(hints: Hint[], roomCents: number | undefined): Hint[] {
  return roomCents === 0 ? hints.filter((h) => !ADD_SPEND_HINTS.has(h.code)) : hints;
}

/** a then b, as a new array (a copy even when one is empty, so no caller shares the other's array). */
function joined<T>(a: readonly T[], b: readonly T[]): T[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  return a.concat(b);
}

/** Says on each line where other aid on its cost still limits this call's grant once the caps have run. */
function explainAidCaps(lines: LineDraft[]): void {
  for (const line of lines) {
    const cap = line.aidCapCents;
    if (cap === undefined || !line.aidCapReason) continue;
    if (BigInt(cap) * 10_000n < BigInt(line.eligibleCents) * BigInt(line.rateBp)) {
      line.reasons = [...line.reasons, line.aidCapReason];
    }
  }
}

/**
 * When ranking, a call the company cannot apply to needs no line-by-line work: nothing is eligible
 * for it, and the applicant reasons already say why.
 */
function refusedApplicantSummary(
  head: Omit<EligibilityReport, 'fundable' | 'blockers' | 'lines' | 'totals' | 'limits' | 'hints'>,
  rules: CallRules,
  lines: Plan['lines'],
  precomputed: Precomputed,
): EligibilityReport {
  const withVat = rules.exclusions.vatEligible;
  const requestedCents =
    (withVat ? precomputed.requestedWithVatCents : precomputed.requestedNetCents) ??
    lines.reduce((sum, l) => sum + l.amountCents + (withVat ? l.vatCents : 0), 0);
  return {
    engineVersion: head.engineVersion,
    callId: head.callId,
    callVersion: head.callVersion,
    rulesHash: head.rulesHash,
    inputHash: head.inputHash,
    evaluatedOn: head.evaluatedOn,
    applicant: head.applicant,
    fundable: false,
    blockers: [],
    lines: [],
    totals: {
      requestedCents,
      eligibleCents: 0,
      grantCents: 0,
      bonusCents: 0,
      withholdingCents: 0,
      payoutCents: 0,
      netCostCents: requestedCents,
    },
    limits: [],
    hints: [],
  };
}
