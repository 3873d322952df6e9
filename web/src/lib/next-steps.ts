/**
 * Every refusal as a next step: what would change it, in words, and a link to the exact field (a spend
 * line's control in the plan editor, or a company field), whose id the page focuses. A refusal nothing
 * honest can change (an excluded kind of spend, an invoice already dated) has no step. Which line field
 * fixes what is the domain's (shared/eligibility/line-fix.ts); the links are the app's. Pure.
 */
import type { Explanation, TextParams } from '../../../shared/eligibility/explanation';
import {
  LINE_FIX_CODES,
  type LineFix,
  type LineFixCode,
  lineFix,
  refusesNothing,
} from '../../../shared/eligibility/line-fix';
import type { LineQuestions } from '../../../shared/plans/line-questions';
import type { SpendLine } from '../../../shared/plans/plan-schema';

/** Every step's words' code: a line's fixes, the company's, and adding spend. */
export const NEXT_STEP_CODES = [
  ...LINE_FIX_CODES,
  'DECLARATION_MISSING',
  'REGION',
  'SECTOR',
  'SIZE_CLASS',
  'ADD_SPEND',
] as const;
export type NextStepCode = LineFixCode | (typeof NEXT_STEP_CODES)[number];

export interface NextStep {
  code: NextStepCode;
  /** Values the words are built from, named as the engine names them (…Cents money, …Date dates). */
  params: TextParams;
  /** Where to make the change: a page path with the field's id as its fragment. */
  href: string;
}

const editLine = (planId: string, callId: string, lineId: string, field: string) =>
  `/plans/${planId}/edit?call=${callId}#line-${lineId}-${field}`;

/** A line fix (shared/eligibility/line-fix.ts) as a step: its words' code and a link to its field. */
export function lineFixStep(fix: LineFix, planId: string, callId: string, lineId: string): NextStep {
  return { code: fix.code, params: fix.params, href: editLine(planId, callId, lineId, fix.field) };
}

/**
 * The step that would make a refused or cut line count, if there is one; with the questions the call
 * asks of the line (`asked`), none whose field the editor does not show (see lineFix).
 */
export function lineNextStep(
  reason: Explanation,
  line: SpendLine | undefined,
  planId: string,
  callId: string,
  asked?: LineQuestions,
): NextStep | undefined {
  const fix = line && lineFix(reason, line, asked);
  return fix && line ? lineFixStep(fix, planId, callId, line.id) : undefined;
}

/**
 * The steps of one line of a report, each with the reason it answers. A refused line gets steps only
 * when every refusal has one: a refusal nothing can change (no invoice date can count any more, a kind
 * of spend the call does not fund) keeps the line refused whatever else changes. Notes beside the
 * refusals (VAT left out, the dates to keep) need no step.
 */
export function lineNextSteps<R extends Explanation>(
  line: { verdict: string; reasons: readonly R[] },
  spend: SpendLine | undefined,
  planId: string,
  callId: string,
  asked?: LineQuestions,
): { reason: R; step: NextStep }[] {
  if (line.verdict === 'eligible') return [];
  const steps = line.reasons.map((reason) => ({
    reason,
    step: lineNextStep(reason, spend, planId, callId, asked),
  }));
  if (line.verdict === 'ineligible' && steps.some((s) => s.step === undefined && !refusesNothing(s.reason)))
    return [];
  return steps.filter((s): s is { reason: R; step: NextStep } => s.step !== undefined);
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
