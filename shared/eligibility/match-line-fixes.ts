/**
 * What ranking summaries cannot tell about the calls that grant a plan nothing, found by explaining
 * those calls again (at most MAX_EXPLAINED of each kind per plan, each a full evaluation):
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
import { classifySize, type SizeClassResult } from './size-class';

/**
 * The most calls explained per plan for each question: line fixes (calls the company can apply to with
 * spend left uncounted) and, apart, a closed room (other zero-grant calls with a yearly ceiling or a de
 * minimis rule), so calls of one kind never use up the other's turns.
 */
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

/** The input with the company's size class, worked out once for every evaluation here. */
type SizedInput = MatchInput & { size: SizeClassResult };

export function withLineFixes(matches: readonly CallMatch[], input: MatchInput): PlanMatch[] {
  const calls = new Map(input.calls.map((c) => [c.id, c]));
  const sized: SizedInput = { ...input, size: classifySize(input.company) };
  const precomputed: Precomputed = { size: sized.size, sortedLines: [...input.plan.lines].sort(byId) };
  const turns = { fixes: MAX_EXPLAINED, room: MAX_EXPLAINED };
  return matches.map((match): PlanMatch => {
    const call = calls.get(match.callId);
    const kind = call && explainedFor(match, call);
    if (!call || !kind || turns[kind] === 0) return match;
    turns[kind]--;
    const report = evaluate({ call, plan: input.plan, company: input.company, on: input.on }, precomputed);
    const closed = roomClosedBy(report, call);
    if (closed) {
      const known = match.reasons.some((r) => r.code === closed.code && r.ruleId === closed.ruleId);
      return { ...match, roomClosed: true, reasons: known ? match.reasons : [...match.reasons, closed] };
    }
    if (kind === 'room') return match;
    const lineFixes = provenLineFixes(report, call, sized);
    return lineFixes.length > 0 ? { ...match, lineFixes } : match;
  });
}

/**
 * What a zero-grant call is explained for: line fixes when the company can apply and some spend is not
 * counted; else whether its room is closed, when it has a yearly ceiling or a de minimis rule.
 */
function explainedFor(match: CallMatch, call: OpenCall): 'fixes' | 'room' | undefined {
  if (match.canApply && match.expectedGrantCents > 0) return undefined;
  if (match.canApply && match.coverageBp < BP) return 'fixes';
  return call.rules.perCompanyYearCeiling || call.rules.deMinimis ? 'room' : undefined;
}

/** The limit that says the yearly ceiling or the de minimis headroom is used up, if one is. */
function roomClosedBy(report: EligibilityReport, call: OpenCall): Reason | undefined {
  const ceiling = report.limits.find(
    (l) => l.code === 'YEARLY_CEILING' && Number(l.params?.usedCents) >= Number(l.params?.ceilingCents),
  );
  if (ceiling) return ceiling;
  const headroom = report.deMinimis;
  const rule = call.rules.deMinimis;
  if (!headroom || !rule || headroom.headroomCents !== 0) return undefined;
  const said = [...report.limits, ...report.blockers].find((r) => r.code.startsWith('DE_MINIMIS'));
  // A call that refuses aid beyond the headroom says nothing on a plan it grants nothing: say it here.
  return (
    said ?? {
      code: 'DE_MINIMIS_CUT',
      ruleId: 'deMinimis.onExcess',
      article: rule.article,
      message: `De minimis: €${(headroom.countedCents / 100).toFixed(2)} already received since ${headroom.windowFrom} leaves €0.00 of €${(headroom.ceilingCents / 100).toFixed(2)}.`,
      params: {
        ...(headroom.linkedCents ? { context: 'linked', linkedCents: headroom.linkedCents } : {}),
        receivedCents: headroom.countedCents,
        sinceDate: headroom.windowFrom,
        headroomCents: 0,
        ceilingCents: headroom.ceilingCents,
      },
    }
  );
}

/**
 * The refused lines whose fixes the plan editor asks, made on a copy of the plan: kept when the plan
 * with only the kept lines fixed earns a grant, each with its fixes. A line whose fixed dates contradict
 * (work starting after its invoice, an invoice outside the project period) is not fixed; reasons that
 * refuse nothing (VAT left out, a subscription prorated) are not fixes.
 */
function provenLineFixes(report: EligibilityReport, call: OpenCall, input: SizedInput): RefusedLineFixes[] {
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
    if (fixed && fixes.length > 0 && datesHold(fixed, line, input.plan))
      fixedLines.set(line.id, { line: fixed, fixes });
  }
  const counted = linesThatCount(fixedLines, call, input);
  if (counted.size === 0) return [];
  // Proven again with only the fixes the SME is shown: a fixed line that still stays refused must not
  // be what lifted the plan (over a project minimum on requested spend, say).
  const shown = new Map([...fixedLines].filter(([id]) => counted.has(id)));
  if (linesThatCount(shown, call, input).size !== shown.size) return [];
  return input.plan.lines.flatMap((line) => {
    const fixed = shown.get(line.id);
    return fixed ? [{ lineId: line.id, description: line.description, fixes: onePerField(fixed.fixes) }] : [];
  });
}

/** The fixed lines that count once the plan has them, if the plan then earns a grant; else none. */
function linesThatCount(
  fixedLines: ReadonlyMap<string, { line: SpendLine }>,
  call: OpenCall,
  input: SizedInput,
): Set<string> {
  if (fixedLines.size === 0) return new Set();
  const plan = { ...input.plan, lines: input.plan.lines.map((l) => fixedLines.get(l.id)?.line ?? l) };
  // The company's size class is the one worked out for the ranking: only the plan changed.
  const after = evaluate({ call, plan, company: input.company, on: input.on }, { size: input.size });
  if (!after.fundable || after.totals.grantCents + after.totals.bonusCents === 0) return new Set();
  return new Set(
    after.lines.filter((l) => l.verdict !== 'ineligible' && fixedLines.has(l.lineId)).map((l) => l.lineId),
  );
}

/**
 * A fix that moved a line's dates left them sensible: work starts by its invoice, and a moved invoice
 * stays inside the plan's project period.
 */
function datesHold(fixed: SpendLine, line: SpendLine, plan: Plan): boolean {
  const { from, to } = plan.projectPeriod;
  const date = fixed.date;
  const moved = date !== line.date;
  if (moved && date !== undefined && (date < from || date > to)) return false;
  if (!moved && fixed.serviceStartsOn === line.serviceStartsOn) return true;
  // Not dated yet: no invoice for the start to precede.
  return date === undefined || (fixed.serviceStartsOn ?? date) <= date;
}

/**
 * One step per field: two refusals fixed in the same field (an invoice outside the window and too early)
 * were fixed one after the other, so the last fix's target is the one that met both.
 */
function onePerField(fixes: readonly FixedRefusal[]): FixedRefusal[] {
  return [...new Map(fixes.map((f) => [f.fix.field, f])).values()];
}
