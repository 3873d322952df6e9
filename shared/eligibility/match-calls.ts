/**
 * Ranks open calls for one plan: calls the company can apply to first, then by expected grant (high
 * first), net cost (low first), deadline (soonest first) and id, so ties never depend on input order.
 */
import type { Company } from '../companies/company-schema';
import type { Plan } from '../plans/plan-schema';
import type { CalendarDate } from '../time/calendar-date';
import { byId, type CallVersion, evaluate, type Precomputed } from './evaluate';
import { BP } from './money-math';
import type { Hint, Reason } from './report';
import { classifySize } from './size-class';

export interface OpenCall extends CallVersion {
  title: string;
  /** ISO-8601 with offset. */
  closesAt: string;
  /** The zone the deadline is set in, to show it as the call does. */
  timeZone: string;
}

export interface CallMatch {
  callId: string;
  callVersion: number;
  title: string;
  closesAt: string;
  timeZone: string;
  canApply: boolean;
  fundable: boolean;
  expectedGrantCents: number;
  netCostCents: number;
  /** Eligible share of the requested spend, in basis points. */
  coverageBp: number;
  /** Why the company cannot apply, or what blocks the grant. */
  reasons: Reason[];
  hints: Hint[];
  /** The call version's rules; the explained report of one call (with its input hash) comes from `evaluate`. */
  rulesHash: string;
}

export function matchCalls(input: {
  plan: Plan;
  company: Company;
  calls: readonly OpenCall[];
  on: CalendarDate;
}): CallMatch[] {
  const precomputed: Precomputed = {
    size: classifySize(input.company),
    sortedLines: [...input.plan.lines].sort(byId),
    explain: false,
    requestedNetCents: input.plan.lines.reduce((sum, l) => sum + l.amountCents, 0),
    requestedWithVatCents: input.plan.lines.reduce((sum, l) => sum + l.amountCents + l.vatCents, 0),
    reusedDrafts: [],
  };
  const matches = input.calls.map((call): CallMatch => {
    const report = evaluate({ call, plan: input.plan, company: input.company, on: input.on }, precomputed);
    const { totals } = report;
    return {
      callId: call.id,
      callVersion: call.version,
      title: call.title,
      closesAt: call.closesAt,
      timeZone: call.timeZone,
      canApply: report.applicant.eligible,
      fundable: report.fundable,
      expectedGrantCents: totals.grantCents + totals.bonusCents,
      netCostCents: totals.netCostCents,
      coverageBp:
        totals.requestedCents === 0 ? 0 : Math.floor((totals.eligibleCents * BP) / totals.requestedCents),
      reasons: [...report.applicant.reasons, ...report.blockers],
      hints: report.hints,
      rulesHash: report.rulesHash,
    };
  });
  const closesAt = new Map(input.calls.map((c) => [c.id, Date.parse(c.closesAt)]));
  return matches.sort(
    (a, b) =>
      Number(b.canApply) - Number(a.canApply) ||
      b.expectedGrantCents - a.expectedGrantCents ||
      a.netCostCents - b.netCostCents ||
      (closesAt.get(a.callId) ?? 0) - (closesAt.get(b.callId) ?? 0) ||
      (a.callId < b.callId ? -1 : a.callId > b.callId ? 1 : 0),
  );
}
