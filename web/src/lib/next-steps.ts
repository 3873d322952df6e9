/**
 * Every refusal as a next step: what would change it, in words, and a link to the exact field (a spend
 * line's control in the plan editor, or a company field), whose id the page focuses. A refusal nothing
 * honest can change (an excluded kind of spend, an invoice already dated) has no step. Pure.
 */
import type { Explanation, TextParams } from '../../../shared/eligibility/explanation';
import type { LineQuestions } from '../../../shared/plans/line-questions';
import type { SpendLine } from '../../../shared/plans/plan-schema';

export type NextStepCode =
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
  | 'UNIT_PRICE_CAP'
  | 'DECLARATION_MISSING'
  | 'REGION'
  | 'SECTOR'
  | 'SIZE_CLASS'
  | 'ADD_SPEND';

export interface NextStep {
  code: NextStepCode;
  /** Values the words are built from, named as the engine names them (…Cents money, …Date dates). */
  params: TextParams;
  /** Where to make the change: a page path with the field's id as its fragment. */
  href: string;
}

const editLine = (planId: string, callId: string, lineId: string, field: string) =>
  `/plans/${planId}/edit?call=${callId}#line-${lineId}-${field}`;

/**
 * The step that would make a refused or cut line count, if there is one. With the questions the call
 * asks of the line (`asked`), a step whose field the editor does not show is none: the call funds no
 * category of the line's kind, so unticking "related supplier" (the exclusions are checked first) would
 * only meet "not an eligible category".
 */
export function lineNextStep(
  reason: Explanation,
  line: SpendLine | undefined,
  planId: string,
  callId: string,
  asked?: LineQuestions,
): NextStep | undefined {
  if (!line) return undefined;
  const step = stepFor(reason, line, planId, callId);
  if (!step || !asked) return step;
  const prefix = `#line-${line.id}-`;
  return shownBy(asked, step.href.slice(step.href.indexOf(prefix) + prefix.length)) ? step : undefined;
}

/** Whether the plan editor shows a line's field (`#line-<id>-<field>`), given what the call asks. */
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

function stepFor(reason: Explanation, line: SpendLine, planId: string, callId: string): NextStep | undefined {
  const params = reason.params ?? {};
  const at = (field: string) => editLine(planId, callId, line.id, field);
  switch (reason.code) {
    case 'TAGS_MISSING':
      return { code: 'TAGS_MISSING', params: {}, href: at('purpose') };
    case 'SUPPLIER_NOT_ACCREDITED':
      return {
        code: 'SUPPLIER_NOT_ACCREDITED',
        params: { list: params.list ?? '' },
        href: at(`registered-${params.list}`),
      };
    case 'RECURRING_NOT_ELIGIBLE':
      return { code: 'RECURRING_NOT_ELIGIBLE', params: {}, href: at('recurring-one-off') };
    case 'LINKED_SUPPLIER':
      // The fact the rule reads is the tick, not the name: a new name with the box still ticked stays refused.
      return { code: 'LINKED_SUPPLIER', params: {}, href: at('linked') };
    case 'USED_GOODS':
      return { code: 'USED_GOODS', params: {}, href: at('used') };
    case 'UNTRACEABLE_PAYMENT':
      return { code: 'UNTRACEABLE_PAYMENT', params: {}, href: at('payment') };
    case 'OUTSIDE_SPEND_WINDOW':
      // An invoice already dated cannot move; a planned one can.
      if (line.status === 'invoice' || line.status === 'paid') return undefined;
      return {
        code: 'OUTSIDE_SPEND_WINDOW',
        params: { fromDate: params.fromDate ?? '…', toDate: params.toDate ?? '…' },
        href: at('date'),
      };
    case 'STARTED_BEFORE_ALLOWED':
    case 'STARTS_AFTER_ALLOWED':
      // Work already invoiced has started: its start cannot move; planned work can.
      if (line.status === 'invoice' || line.status === 'paid') return undefined;
      return {
        code: reason.code === 'STARTED_BEFORE_ALLOWED' ? 'START_ON_OR_AFTER' : 'START_ON_OR_BEFORE',
        params: { limitDate: params.limitDate ?? '…' },
        href: at('service-start'),
      };
    case 'INVOICED_BEFORE_ALLOWED':
    case 'INVOICED_AFTER_ALLOWED':
      if (line.status === 'invoice' || line.status === 'paid') return undefined;
      return {
        code: reason.code === 'INVOICED_BEFORE_ALLOWED' ? 'INVOICE_ON_OR_AFTER' : 'INVOICE_ON_OR_BEFORE',
        params: { limitDate: params.limitDate ?? '…' },
        href: at('date'),
      };
    case 'BELOW_LINE_MINIMUM':
      return { code: 'BELOW_LINE_MINIMUM', params: { minCents: params.minCents ?? 0 }, href: at('amount') };
    case 'UNIT_PRICE_CAP':
      return params.context === 'noUnits'
        ? { code: 'UNIT_PRICE_CAP', params: { unit: params.unit ?? '' }, href: at('units') }
        : undefined;
    default:
      return undefined;
  }
}

/** The step that would let the company apply, if there is one. */
export function applicantNextStep(reason: Explanation): NextStep | undefined {
  const params = reason.params ?? {};
  switch (reason.code) {
    case 'DECLARATION_MISSING':
      return {
        code: 'DECLARATION_MISSING',
        params: { declaration: params.declaration ?? '' },
        href: `/company#company-declaration-${params.declaration}`,
      };
    case 'REGION':
      return params.context === 'excluded'
        ? undefined
        : {
            code: 'REGION',
            params: { callRegions: params.callRegions ?? [] },
            href: '/company#company-place',
          };
    case 'SECTOR':
      return { code: 'SECTOR', params: {}, href: '/company#company-sectorCode' };
    case 'SIZE_CLASS':
      return { code: 'SIZE_CLASS', params: {}, href: '/company#company-staffAwu' };
    default:
      return undefined;
  }
}

/** Hints already say by how much; their step is adding or changing spend in the plan. */
export function hintNextStep(hint: Explanation, planId: string, callId: string): NextStep | undefined {
  switch (hint.code) {
    case 'SHARE_RANGE_LOW':
    case 'SHARE_RANGE_HIGH':
    case 'BELOW_PROJECT_MINIMUM':
    case 'CATEGORY_SHARE_CAP':
      return { code: 'ADD_SPEND', params: {}, href: `/plans/${planId}/edit?call=${callId}#add-line` };
    default:
      return undefined;
  }
}
