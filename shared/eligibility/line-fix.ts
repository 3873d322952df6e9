/**
 * What would make a refused or cut spend line count, if anything honest can: which fact of the line
 * to change (the field the plan editor asks it in) and the values the words need. An excluded kind of
 * spend, or an invoice already dated, has none. Pure; the web app words a fix and links to its field,
 * and the matches carry the fixes of a call's refused lines (a near miss by one line).
 */
import { type LineQuestions, lineQuestions } from '../plans/line-questions';
import type { Plan, SpendLine } from '../plans/plan-schema';
import type { CallRules } from './call-rules-schema';
import type { Explanation, TextParams } from './explanation';
import type { EligibilityReport } from './report';
import type { SpendTaxonomy } from './taxonomy';

export type LineFixCode =
  | 'TAGS_MISSING'
  | 'SUPPLIER_NOT_ACCREDITED'
  | 'RECURRING_NOT_ELIGIBLE'
  | 'LINKED_SUPPLIER'
  | 'USED_GOODS'
  | 'UNTRACEABLE_PAYMENT'
  | 'OUTSIDE_SPEND_WINDOW'
  | 'START_ON_OR_AFTER'
  | 'START_ON_OR_BEFORE'
  | 'INVOICE_ON_OR_AFTER'
  | 'INVOICE_ON_OR_BEFORE'
  | 'BELOW_LINE_MINIMUM'
  | 'UNIT_PRICE_CAP';

export interface LineFix {
  code: LineFixCode;
  /** Values the words are built from, named as the engine names them (…Cents money, …Date dates). */
  params: TextParams;
  /** The line's field to change, as the plan editor names it (`line-<id>-<field>`). */
  field: string;
}

/**
 * The fix of one refusal of `line`. With the questions the call asks of the line (`asked`), a fix whose
 * field the editor does not show is none: the call funds no category of the line's kind, so unticking
 * "related supplier" (the exclusions are checked first) would only meet "not an eligible category".
 */
export function lineFix(reason: Explanation, line: SpendLine, asked?: LineQuestions): LineFix | undefined {
  const fix = fixFor(reason, line);
  return fix && (!asked || shownBy(asked, fix.field)) ? fix : undefined;
}

/** Whether the plan editor shows a line's field, given what the call asks. */
function shownBy(asked: LineQuestions, field: string): boolean {
  if (field === 'linked') return asked.linkedSupplier;
  if (field === 'used') return asked.usedGoods;
  if (field === 'payment') return asked.payment;
  if (field === 'purpose') return asked.purposeTags.length > 0;
  if (field === 'recurring-one-off') return asked.recurring;
  if (field === 'service-start') return asked.serviceStart;
  if (field === 'units') return asked.units.length > 0;
  if (field.startsWith('registered-')) return asked.accreditationLists.includes(field.slice(11));
  // The amount, the date: always on the line.
  return true;
}

/** An invoice already dated cannot move, and work already invoiced has started; planned ones can. */
const dated = (line: SpendLine) => line.status === 'invoice' || line.status === 'paid';

function fixFor(reason: Explanation, line: SpendLine): LineFix | undefined {
  const params = reason.params ?? {};
  switch (reason.code) {
    case 'TAGS_MISSING':
      return { code: 'TAGS_MISSING', params: {}, field: 'purpose' };
    case 'SUPPLIER_NOT_ACCREDITED':
      return {
        code: 'SUPPLIER_NOT_ACCREDITED',
        params: { list: params.list ?? '' },
        field: `registered-${params.list}`,
      };
    case 'RECURRING_NOT_ELIGIBLE':
      return { code: 'RECURRING_NOT_ELIGIBLE', params: {}, field: 'recurring-one-off' };
    case 'LINKED_SUPPLIER':
      // The fact the rule reads is the tick, not the name: a new name with the box still ticked stays refused.
      return { code: 'LINKED_SUPPLIER', params: {}, field: 'linked' };
    case 'USED_GOODS':
      return { code: 'USED_GOODS', params: {}, field: 'used' };
    case 'UNTRACEABLE_PAYMENT':
      return { code: 'UNTRACEABLE_PAYMENT', params: {}, field: 'payment' };
    case 'OUTSIDE_SPEND_WINDOW':
      if (dated(line)) return undefined;
      return {
        code: 'OUTSIDE_SPEND_WINDOW',
        params: { fromDate: params.fromDate ?? '…', toDate: params.toDate ?? '…' },
        field: 'date',
      };
    case 'STARTED_BEFORE_ALLOWED':
    case 'STARTS_AFTER_ALLOWED':
      if (dated(line)) return undefined;
      return {
        code: reason.code === 'STARTED_BEFORE_ALLOWED' ? 'START_ON_OR_AFTER' : 'START_ON_OR_BEFORE',
        params: { limitDate: params.limitDate ?? '…' },
        field: 'service-start',
      };
    case 'INVOICED_BEFORE_ALLOWED':
    case 'INVOICED_AFTER_ALLOWED':
      if (dated(line)) return undefined;
      return {
        code: reason.code === 'INVOICED_BEFORE_ALLOWED' ? 'INVOICE_ON_OR_AFTER' : 'INVOICE_ON_OR_BEFORE',
        params: { limitDate: params.limitDate ?? '…' },
        field: 'date',
      };
    case 'BELOW_LINE_MINIMUM':
      return { code: 'BELOW_LINE_MINIMUM', params: { minCents: params.minCents ?? 0 }, field: 'amount' };
    case 'UNIT_PRICE_CAP':
      return params.context === 'noUnits'
        ? { code: 'UNIT_PRICE_CAP', params: { unit: params.unit ?? '' }, field: 'units' }
        : undefined;
    default:
      return undefined;
  }
}

/** A refused line that its fixes would make count: every one of its refusals has one. */
export interface RefusedLineFixes {
  lineId: string;
  /** The SME's own words for the line, as the plan has them. */
  description: string;
  fixes: LineFix[];
}

/** The limits that leave nothing to grant whatever the plan: then no line fix earns a grant. */
const ROOM_CLOSED = new Set(['YEARLY_CEILING', 'DE_MINIMIS_CUT', 'DE_MINIMIS_EXCEEDED']);

/**
 * The refused lines of an explained report that can be made to count, each with its fixes (in the
 * report's line order). A line with one refusal nothing can change is left out: fixing the others would
 * not make it count. None when the yearly ceiling or the de minimis headroom is used up.
 */
export function refusedLineFixes(
  report: EligibilityReport,
  plan: Plan,
  rules: CallRules,
): RefusedLineFixes[] {
  if ([...report.limits, ...report.blockers].some((r) => ROOM_CLOSED.has(r.code))) return [];
  const lines = new Map(plan.lines.map((l) => [l.id, l]));
  const found: RefusedLineFixes[] = [];
  for (const result of report.lines) {
    const line = lines.get(result.lineId);
    if (!line || result.verdict !== 'ineligible' || result.reasons.length === 0) continue;
    const asked = lineQuestions([rules], line.category);
    const fixes = result.reasons.map((reason) => lineFix(reason, line, asked));
    if (fixes.every((fix) => fix !== undefined))
      found.push({ lineId: line.id, description: line.description, fixes: uniqueFixes(fixes) });
  }
  return found;
}

/** Two refusals fixed in the same field (an invoice too early and outside the window) are one fix. */
function uniqueFixes(fixes: readonly LineFix[]): LineFix[] {
  return [...new Map(fixes.map((f) => [`${f.code} ${f.field}`, f])).values()];
}
