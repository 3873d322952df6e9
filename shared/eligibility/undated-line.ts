/**
 * A line not dated yet: an estimate or a quote whose invoice date the SME does not know. The call's
 * date rules cannot refuse it; they become the dates the SME must keep, each said with its rule. Only
 * when no invoice date from today on could satisfy every rule at once is the line refused.
 */
import type { CalendarDate } from '../time/calendar-date';
import type { CallRules } from './call-rules-schema';
import type { TimingCheck } from './evaluate-line';
import type { Reason } from './report';

/** The dates one rule allows, as the rule gives them (either bound may be open). */
interface DateRule {
  ruleId: string;
  article: string;
  from?: CalendarDate;
  to?: CalendarDate;
}

/** The rules bounding the invoice date: the spending period, then the invoice timings. */
function invoiceRules(rules: CallRules, timings: readonly TimingCheck[]): DateRule[] {
  const { from, to, article } = rules.spendWindow;
  const found: DateRule[] =
    from !== undefined || to !== undefined ? [{ ruleId: 'spendWindow', article, from, to }] : [];
  for (const check of timings) if (check.date === 'invoice') found.push(check);
  return found;
}

/**
 * The latest start and the earliest end the rules allow, with the rule that sets the end. An invoice not
 * issued yet is dated on or after the day the plan is evaluated (`on`), whatever the rules allow.
 */
function narrowest(
  found: readonly DateRule[],
  on: CalendarDate,
): { from: CalendarDate; to?: CalendarDate; closing?: DateRule } {
  let from = on;
  let closing: DateRule | undefined;
  for (const rule of found) {
    if (rule.from !== undefined && rule.from > from) from = rule.from;
    if (rule.to !== undefined && (closing?.to === undefined || rule.to < closing.to)) closing = rule;
  }
  return { from, to: closing?.to, closing };
}

/** Whether some invoice date from `on` satisfies every rule, for the last day each rules object was asked. */
const fitsCache = new WeakMap<CallRules, { on: CalendarDate; fits: boolean }>();

export function someInvoiceDateFits(
  rules: CallRules,
  timings: readonly TimingCheck[],
  on: CalendarDate,
): boolean {
  const cached = fitsCache.get(rules);
  if (cached?.on === on) return cached.fits;
  const { from, to } = narrowest(invoiceRules(rules, timings), on);
  const fits = to === undefined || from <= to;
  fitsCache.set(rules, { on, fits });
  return fits;
}

/**
 * The refusal when no invoice date could count, citing the rule that closes first: its period is over
 * (context `over`: it ended before the evaluation day), or it ends before another rule's start.
 */
export function noInvoiceDateFitsReason(
  rules: CallRules,
  timings: readonly TimingCheck[],
  on: CalendarDate,
): Reason {
  const { from, to = on, closing } = narrowest(invoiceRules(rules, timings), on);
  const base = {
    code: 'NO_INVOICE_DATE_FITS',
    ruleId: closing?.ruleId ?? 'spendWindow',
    article: closing?.article ?? rules.spendWindow.article,
  } as const;
  return to < on
    ? {
        ...base,
        message: `Not invoiced yet, and only costs invoiced on or before ${to} count: an invoice issued on ${on} or later cannot count.`,
        params: { context: 'over', toDate: to, applicationDate: on },
      }
    : {
        ...base,
        message: `Not invoiced yet, and no invoice date can count: applying on ${on}, only costs invoiced on or after ${from} and on or before ${to} count.`,
        params: { applicationDate: on, fromDate: from, toDate: to },
      };
}

function condition(code: 'INVOICE_DATE_TO_KEEP' | 'START_DATE_TO_KEEP', rule: DateRule): Reason {
  const what =
    code === 'INVOICE_DATE_TO_KEEP'
      ? 'Not invoiced yet: only costs invoiced'
      : 'No start date yet: only work starting';
  const { from, to } = rule;
  const [text, params] =
    from !== undefined && to !== undefined
      ? [`${from} – ${to}`, { fromDate: from, toDate: to }]
      : from !== undefined
        ? [`on or after ${from}`, { context: 'from', fromDate: from }]
        : [`on or before ${to}`, { context: 'to', toDate: to ?? '…' }];
  return {
    code,
    ruleId: rule.ruleId,
    article: rule.article,
    message: `${what} ${text} ${code === 'INVOICE_DATE_TO_KEEP' ? 'count' : 'counts'}.`,
    params,
  };
}

/**
 * The dates an undated line must keep, one per rule: its invoice date always (it has none), its start
 * only when it gives no start date either.
 */
export function dateConditions(
  rules: CallRules,
  timings: readonly TimingCheck[],
  startKnown: boolean,
): Reason[] {
  const found = invoiceRules(rules, timings).map((rule) => condition('INVOICE_DATE_TO_KEEP', rule));
  if (!startKnown) {
    for (const check of timings)
      if (check.date === 'start') found.push(condition('START_DATE_TO_KEEP', check));
  }
  return found;
}
