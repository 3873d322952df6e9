/**
 * What ranking summaries cannot tell about the calls that grant a plan nothing, found by explaining
 * those calls again (at most MAX_EXPLAINED per plan, each a full evaluation):
 * - whether the company's room is closed: the yearly ceiling or the de minimis headroom used up, so no
 *   change to the plan or the company page earns a grant (the card says which limit; no near miss);
 * - near misses by one line: the call refuses lines for facts the SME can give (which technology a line
 *   serves, a registered provider…), and the plan with those fixes made is proven to earn a grant.
 * Pure.
 */
import type { Company } from '../companies/company-schema';
import { lineQuestions } from '../plans/line-questions';
import type { Plan, SpendLine } from '../plans/plan-schema';
import type { CalendarDate } from '../time/calendar-date';
import { byId, evaluate, type Precomputed } from './evaluate';
import { type FixedRefusal, lineAfterFix, lineFix, type RefusedLineFixes } from './line-fix';
import type { CallMatch, OpenCall } from './match-calls';
import { BP } from './money-math';
import type { EligibilityReport, Reason } from './report';
import { classifySize } from './size-class';

/** The most calls explained per plan: enough for any real list of zero-grant calls. */
export const MAX_EXPLAINED = 20;

export type PlanMatch = CallMatch & {
  /** The company's room for this call is used up: nothing earns a grant (the limit is among the reasons). */
  roomClosed?: true;
  /** On a call that grants nothing: the refused lines whose fixes are proven to make the plan earn a grant. */
  lineFixes?: RefusedLineFixes[];
};

interface MatchInput {
  plan: Plan;
  company: Company;
  calls: readonly OpenCall[];
  on: CalendarDate;
}

export function withLineFixes(matches: readonly CallMatch[], input: MatchInput): PlanMatch[] {
  const calls = new Map(input.calls.map((c) => [c.id, c]));
  const precomputed: Precomputed = {
    size: classifySize(input.company),
    sortedLines: [...input.plan.lines].sort(byId),
  };
  let explained = 0;
  return matches.map((match): PlanMatch => {
    const call = calls.get(match.callId);
    if (!call || explained >= MAX_EXPLAINED || !worthExplaining(match, call)) return match;
    explained++;
    const report = evaluate({ call, plan: input.plan, company: input.company, on: input.on }, precomputed);
    const closed = roomClosedBy(report);
    if (closed !== undefined)
      return { ...match, roomClosed: true, reasons: closed ? [...match.reasons, closed] : match.reasons };
    if (!match.canApply) return match;
    const lineFixes = provenLineFixes(report, call, input);
    return lineFixes.length > 0 ? { ...match, lineFixes } : match;
  });
}

/**
 * A call that grants nothing, and either may have closed the company's room (it has a yearly ceiling
 * or a de minimis rule) or can apply with some spend not counted (a line may be fixed).
 */
function worthExplaining(match: CallMatch, call: OpenCall): boolean {
  if (match.canApply && match.expectedGrantCents > 0) return false;
  if (call.rules.perCompanyYearCeiling || call.rules.deMinimis) return true;
  return match.canApply && match.coverageBp < BP;
}

/**
 * Whether the yearly ceiling or the de minimis headroom is used up: the reason that says so when the
 * report has one, null when it has none (a call that refuses aid beyond the headroom, on a plan it grants
 * nothing), undefined when there is room.
 */
function roomClosedBy(report: EligibilityReport): Reason | null | undefined {
  const ceiling = report.limits.find(
    (l) => l.code === 'YEARLY_CEILING' && Number(l.params?.usedCents) >= Number(l.params?.ceilingCents),
  );
  if (ceiling) return ceiling;
  if (report.deMinimis?.headroomCents !== 0) return undefined;
  return [...report.limits, ...report.blockers].find((r) => r.code.startsWith('DE_MINIMIS')) ?? null;
}

/**
 * The refused lines whose fixes the plan editor asks, made all at once: kept when the plan so fixed earns
 * a grant, each line that then counts with its fixes. A line with a refusal no fix stands in for is left
 * as it is (it stays refused); reasons that refuse nothing (VAT left out, a subscription prorated) are
 * not fixes.
 */
function provenLineFixes(report: EligibilityReport, call: OpenCall, input: MatchInput): RefusedLineFixes[] {
  const lines = new Map(input.plan.lines.map((l) => [l.id, l]));
  const fixedLines = new Map<string, { line: SpendLine; fixes: FixedRefusal[] }>();
  for (const result of report.lines) {
    const line = lines.get(result.lineId);
    if (!line || result.verdict !== 'ineligible') continue;
    const asked = lineQuestions([call.rules], line.category);
    let fixed: SpendLine | undefined = line;
    const fixes: FixedRefusal[] = [];
    for (const reason of result.reasons) {
      const fix = lineFix(reason, line, asked);
      if (!fix || !fixed) continue;
      fixed = lineAfterFix(fixed, reason);
      fixes.push({ reason, fix });
    }
    if (fixed && fixes.length > 0) fixedLines.set(line.id, { line: fixed, fixes });
  }
  if (fixedLines.size === 0) return [];
  const plan = { ...input.plan, lines: input.plan.lines.map((l) => fixedLines.get(l.id)?.line ?? l) };
  const after = evaluate({ call, plan, company: input.company, on: input.on });
  if (!after.fundable || after.totals.grantCents + after.totals.bonusCents === 0) return [];
  const counted = new Set(after.lines.filter((l) => l.verdict !== 'ineligible').map((l) => l.lineId));
  return input.plan.lines.flatMap((line) => {
    const fixed = fixedLines.get(line.id);
    return fixed && counted.has(line.id)
      ? [{ lineId: line.id, description: line.description, fixes: uniqueFixes(fixed.fixes) }]
      : [];
  });
}

/** Two refusals fixed in the same field (an invoice too early and outside the window) are one step. */
function uniqueFixes(fixes: readonly FixedRefusal[]): FixedRefusal[] {
  return [...new Map(fixes.map((f) => [`${f.fix.code} ${f.fix.field}`, f])).values()];
}
