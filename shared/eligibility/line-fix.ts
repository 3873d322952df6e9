/**
 * What would make a refused or cut spend line count, if anything honest can: which fact of the line
 * to change (the field the plan editor asks it in) and the values the words need. An excluded kind of
 * spend, or an invoice already dated, has none. Pure; the web app words a fix and links to its field,
 * and the matches carry the fixes of a call's refused lines (a near miss by one line).
 */
import { isInvoiced } from '../plans/line-options';
import type { LineQuestions } from '../plans/line-questions';
import type { SpendLine } from '../plans/plan-schema';
import { type CalendarDate, isCalendarDate } from '../time/calendar-date';
import type { Explanation, TextParams } from './explanation';
import type { Reason } from './report';

/** What would change a line's refusal; the web app words each (a test checks every one has words). */
export const LINE_FIX_CODES = [
  'TAGS_MISSING',
  'SUPPLIER_NOT_ACCREDITED',
  /** On an invoiced line the provider is settled: only a wrong answer about its registration can change. */
  'SUPPLIER_REGISTERED',
  'RECURRING_NOT_ELIGIBLE',
  'LINKED_SUPPLIER',
  'USED_GOODS',
  'UNTRACEABLE_PAYMENT',
  'OUTSIDE_SPEND_WINDOW',
  'START_ON_OR_AFTER',
  'START_ON_OR_BEFORE',
  'INVOICE_ON_OR_AFTER',
  'INVOICE_ON_OR_BEFORE',
  'BELOW_LINE_MINIMUM',
  'UNIT_PRICE_CAP',
] as const;
export type LineFixCode = (typeof LINE_FIX_CODES)[number];

export interface LineFix {
  code: LineFixCode;
  /** Values the words are built from, named as the engine names them (…Cents money, …Date dates). */
  params: TextParams;
  /** The line's field to change, as the plan editor names it (`line-<id>-<field>`). */
  field: string;
}

/**
 * Reasons a refused line can carry that refuse nothing on their own: notes beside the refusal (VAT
 * left out, the dates an undated line must keep, a consultant's amount). A line with no step for one of
 * them may still count once its refusals are fixed.
 */
const REFUSES_NOTHING: ReadonlySet<string> = new Set([
  'VAT_EXCLUDED',
  'INVOICE_DATE_TO_KEEP',
  'START_DATE_TO_KEEP',
  'REVIEW_OVERRIDE',
]);

export const refusesNothing = (reason: Explanation): boolean => REFUSES_NOTHING.has(reason.code);

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
const dated = (line: SpendLine) => isInvoiced(line.status);

/**
 * What an issued invoice settles: who supplied what, new or used, bought or subscribed, for how much;
 * once paid, how. Steps that change those ("buy it new", "choose another supplier") are for planned
 * spend only. Which technology a line serves, or whether its provider is registered, stays the SME's
 * to tell.
 */
const SETTLED_BY_INVOICE: ReadonlySet<string> = new Set([
  'RECURRING_NOT_ELIGIBLE',
  'LINKED_SUPPLIER',
  'USED_GOODS',
  'BELOW_LINE_MINIMUM',
]);

/** A real calendar day; a bound the rule does not have is written '…' in its reason, and is none. */
function day(value: unknown): CalendarDate | undefined {
  return isCalendarDate(value) ? value : undefined;
}

/**
 * Where a planned invoice can still go to fall inside the spending period: from the later of the
 * period's start and the application day (an invoice not issued yet is not dated in the past) to the
 * period's end; none once the period is over. Reasons of reports before 1.4.0 carry no application day.
 */
function plannedWindow(params: TextParams): { from?: CalendarDate; to?: CalendarDate } | undefined {
  const on = day(params.applicationDate);
  const start = day(params.fromDate);
  const from = on !== undefined && (start === undefined || start < on) ? on : start;
  const to = day(params.toDate);
  return from !== undefined && to !== undefined && to < from ? undefined : { from, to };
}

/**
 * The day a planned invoice moves to for a timing rule: its limit, while that day has not passed. A
 * limit before the application day belongs to a rule about invoices already issued (its other bound,
 * which the reason does not carry, may be passed too): a planned invoice gets no step from it.
 */
function plannedInvoiceLimit(params: TextParams): CalendarDate | undefined {
  const limit = day(params.limitDate);
  const on = day(params.applicationDate);
  return limit === undefined || (on !== undefined && limit < on) ? undefined : limit;
}

function fixFor(reason: Explanation, line: SpendLine): LineFix | undefined {
  const params = reason.params ?? {};
  if (dated(line) && SETTLED_BY_INVOICE.has(reason.code)) return undefined;
  if (line.status === 'paid' && reason.code === 'UNTRACEABLE_PAYMENT') return undefined;
  switch (reason.code) {
    case 'TAGS_MISSING':
      return { code: 'TAGS_MISSING', params: {}, field: 'purpose' };
    case 'SUPPLIER_NOT_ACCREDITED':
      return {
        code: dated(line) ? 'SUPPLIER_REGISTERED' : 'SUPPLIER_NOT_ACCREDITED',
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
    case 'OUTSIDE_SPEND_WINDOW': {
      const window = dated(line) ? undefined : plannedWindow(params);
      if (!window) return undefined;
      return {
        code: 'OUTSIDE_SPEND_WINDOW',
        params: { fromDate: window.from ?? '…', toDate: window.to ?? '…' },
        field: 'date',
      };
    }
    case 'STARTED_BEFORE_ALLOWED':
    case 'STARTS_AFTER_ALLOWED':
      if (dated(line)) return undefined;
      return {
        code: reason.code === 'STARTED_BEFORE_ALLOWED' ? 'START_ON_OR_AFTER' : 'START_ON_OR_BEFORE',
        params: { limitDate: params.limitDate ?? '…' },
        field: 'service-start',
      };
    case 'INVOICED_BEFORE_ALLOWED':
    case 'INVOICED_AFTER_ALLOWED': {
      const limit = dated(line) ? undefined : plannedInvoiceLimit(params);
      if (!limit) return undefined;
      return {
        code: reason.code === 'INVOICED_BEFORE_ALLOWED' ? 'INVOICE_ON_OR_AFTER' : 'INVOICE_ON_OR_BEFORE',
        params: { limitDate: limit },
        field: 'date',
      };
    }
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

/** A refusal of a line and its fix. */
export interface FixedRefusal {
  reason: Reason;
  fix: LineFix;
}

/** A refused line that its fixes are proven to make count. */
export interface RefusedLineFixes {
  lineId: string;
  /** The SME's own words for the line, as the plan has them. */
  description: string;
  fixes: FixedRefusal[];
}

/**
 * The line as it would be once the SME made the fix: the answer the rule needs (the category's
 * technology, a registered provider, a one-off purchase, a date inside the bounds…). Undefined for a
 * fix nothing can stand in for: how many units a line buys is the SME's to say.
 */
export function lineAfterFix(line: SpendLine, reason: Explanation): SpendLine | undefined {
  const params = reason.params ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  switch (reason.code) {
    case 'TAGS_MISSING': {
      const tags = Array.isArray(params.tags) ? params.tags.filter((t) => typeof t === 'string') : [];
      return { ...line, tags: [...new Set([...line.tags, ...tags])] };
    }
    case 'SUPPLIER_NOT_ACCREDITED': {
      const list = text(params.list);
      if (!list) return undefined;
      const accreditations = [...new Set([...line.supplier.accreditations, list])];
      return { ...line, supplier: { ...line.supplier, accreditations } };
    }
    case 'RECURRING_NOT_ELIGIBLE':
      return { ...line, recurring: undefined };
    case 'LINKED_SUPPLIER':
      return { ...line, supplier: { ...line.supplier, linked: false } };
    case 'USED_GOODS':
      return { ...line, usedGoods: false };
    case 'UNTRACEABLE_PAYMENT':
      return { ...line, payment: 'bank-transfer' };
    case 'OUTSIDE_SPEND_WINDOW': {
      const window = plannedWindow(params);
      const dated = line.date;
      if (!window || dated === undefined) return undefined;
      const { from, to } = window;
      const date = from && dated < from ? from : to && dated > to ? to : undefined;
      return date ? { ...line, date } : undefined;
    }
    case 'STARTED_BEFORE_ALLOWED':
    case 'STARTS_AFTER_ALLOWED': {
      const limit = day(params.limitDate);
      return limit ? { ...line, serviceStartsOn: limit } : undefined;
    }
    case 'INVOICED_BEFORE_ALLOWED':
    case 'INVOICED_AFTER_ALLOWED': {
      const limit = plannedInvoiceLimit(params);
      return limit ? { ...line, date: limit } : undefined;
    }
    case 'BELOW_LINE_MINIMUM':
      return typeof params.minCents === 'number' ? { ...line, amountCents: params.minCents } : undefined;
    default:
      return undefined;
  }
}
