/**
 * Near misses by one line: a call the company can apply to that grants the plan nothing because
 * lines are refused, where fixing those lines (telling which technology a line serves, choosing a
 * registered provider…) would make them count. Ranking summaries carry no line reasons, so these calls
 * alone are explained again, at most MAX_EXPLAINED of them, each a full evaluation. Pure.
 */
import type { Company } from '../companies/company-schema';
import type { Plan } from '../plans/plan-schema';
import type { CalendarDate } from '../time/calendar-date';
import { evaluate } from './evaluate';
import { type RefusedLineFixes, refusedLineFixes } from './line-fix';
import type { CallMatch, OpenCall } from './match-calls';

/** The most calls explained per plan for their line fixes: enough for any real list of zero-grant calls. */
export const MAX_EXPLAINED = 20;

export type PlanMatch = CallMatch & {
  /** The refused lines whose fixes would make them count; only on a call that grants nothing. */
  lineFixes?: RefusedLineFixes[];
};

export function withLineFixes(
  matches: readonly CallMatch[],
  input: { plan: Plan; company: Company; calls: readonly OpenCall[]; on: CalendarDate },
): PlanMatch[] {
  const calls = new Map(input.calls.map((c) => [c.id, c]));
  let explained = 0;
  return matches.map((match) => {
    if (!match.canApply || match.expectedGrantCents > 0 || explained >= MAX_EXPLAINED) return match;
    const call = calls.get(match.callId);
    if (!call) return match;
    explained++;
    const report = evaluate({ call, plan: input.plan, company: input.company, on: input.on });
    const lineFixes = refusedLineFixes(report, input.plan, call.rules);
    return lineFixes.length > 0 ? { ...match, lineFixes } : match;
  });
}
