/** The eligibility report: every verdict with the rule and article it comes from. Plain data, JSON-safe. */
import type { CalendarDate } from '../time/calendar-date';
import type { DeMinimisHeadroom } from './de-minimis';
import type { Explanation, HintCode, ReasonCode, SizeCode } from './explanation';
import type { SizeClass } from './size-class';

/** Why something is (partly) not eligible, or what limited it: always traceable to a rule of the call. */
export interface Reason extends Explanation<ReasonCode> {
  /** Path of the rule inside the call's rules, e.g. 'categories.training.capShareBp'. */
  ruleId: string;
  /** The call's own article reference. */
  article: string;
}

/** A near miss: what would change the outcome, with the amount that would do it. */
export interface Hint extends Explanation<HintCode> {
  amountCents?: number;
}

export type LineVerdict = 'eligible' | 'partly' | 'ineligible';

export interface LineResult {
  lineId: string;
  categoryId?: string;
  verdict: LineVerdict;
  requestedCents: number;
  eligibleCents: number;
  /** Rate applied to this line, in basis points. */
  rateBp: number;
  /** This line's share of the final grant. */
  grantCents: number;
  reasons: Reason[];
}

export interface ReportTotals {
  requestedCents: number;
  eligibleCents: number;
  grantCents: number;
  bonusCents: number;
  withholdingCents: number;
  payoutCents: number;
  /** What the SME still pays itself: requested spend minus grant and bonus. */
  netCostCents: number;
}

export interface EligibilityReport {
  engineVersion: string;
  callId: string;
  callVersion: number;
  rulesHash: string;
  inputHash: string;
  evaluatedOn: CalendarDate;
  applicant: {
    eligible: boolean;
    sizeClass: SizeClass;
    sizeClassReasons: Explanation<SizeCode>[];
    reasons: Reason[];
  };
  /** False when an application-level rule (minimum cost, share range, de minimis refusal…) blocks any grant. */
  fundable: boolean;
  blockers: Reason[];
  lines: LineResult[];
  totals: ReportTotals;
  /** Limits applied to the totals, in the order they applied. */
  limits: Reason[];
  deMinimis?: DeMinimisHeadroom;
  hints: Hint[];
}
