/**
 * The plan form's text fields and the stored plan shown in them; ./parse-plan.ts reads them back
 * (cents, dates, line ids) with the plan schema, loaded only when the plan is sent.
 */
// The small library the first load already has (ADR 0016): the self-check's hand-over is checked
// without loading the plan schema.
import * as v from 'valibot';
import type { Plan } from '../../../../../shared/plans/plan-schema';

export interface LineValues {
  id: string;
  category: string;
  description: string;
  supplier: string;
  amount: string;
  date: string;
  status: string;
  /** The supplier is related to the company (shares, family, shared management). */
  linked: boolean;
  /** Provider lists the supplier is registered on. */
  accreditations: string[];
  /** Technologies, purposes and kinds picked from the calls' own lists. */
  tags: string[];
  /** A subscription or rental rather than a one-off purchase. */
  recurring: boolean;
  months: string;
  startsOn: string;
  usedGoods: boolean;
  /** Person-days, for calls that cap the price per unit. */
  units: string;
  serviceStartsOn: string;
  payment: string;
  vat: string;
  /** Other public aid pays part of this cost (the first such aid; more given elsewhere are kept). */
  otherAid: boolean;
  aidKind: string;
  aidStatus: string;
  /** The aid as an amount in euros, or as a share of the cost in percent (one of the two). */
  aidAmount: string;
  aidShare: string;
  aidBody: string;
}
export interface GoalValues {
  text: string;
  kpi: string;
  target: string;
}
export interface PlanFormValues {
  title: string;
  whereWeWantToGo: string;
  whoPullsTheCart: string;
  howWeTellTheStory: string;
  from: string;
  to: string;
  goals: GoalValues[];
  lines: LineValues[];
}

type AidValues = Pick<
  LineValues,
  'otherAid' | 'aidKind' | 'aidStatus' | 'aidAmount' | 'aidShare' | 'aidBody'
>;
const NO_AID: AidValues = {
  otherAid: false,
  aidKind: 'gber',
  aidStatus: 'received',
  aidAmount: '',
  aidShare: '',
  aidBody: '',
};

export const newLine = (id: string): LineValues => ({
  id,
  category: 'consulting',
  description: '',
  supplier: '',
  amount: '',
  date: '',
  status: 'estimate',
  linked: false,
  accreditations: [],
  tags: [],
  recurring: false,
  months: '',
  startsOn: '',
  usedGoods: false,
  units: '',
  serviceStartsOn: '',
  payment: 'bank-transfer',
  vat: '',
  ...NO_AID,
});

export const emptyPlan: PlanFormValues = {
  title: '',
  whereWeWantToGo: '',
  whoPullsTheCart: '',
  howWeTellTheStory: '',
  from: '',
  to: '',
  goals: [{ text: '', kpi: '', target: '' }],
  lines: [newLine('line-1')],
};

/** What the readiness self-check hands over (router state, so checked like any input). */
const selfCheckSchema = v.object({
  whereWeWantToGo: v.pipe(v.string(), v.maxLength(2000)),
  whoPullsTheCart: v.pipe(v.string(), v.maxLength(500)),
  howWeTellTheStory: v.pipe(v.string(), v.maxLength(2000)),
  lines: v.pipe(
    v.array(v.object({ category: v.string(), description: v.pipe(v.string(), v.maxLength(500)) })),
    v.maxLength(10),
  ),
});

/** A new plan started from the self-check: its answers, and one line per suggested first step. */
export function fromSelfCheck(state: unknown): PlanFormValues {
  const parsed = v.safeParse(selfCheckSchema, state);
  if (!parsed.success) return emptyPlan;
  const { lines, ...strategy } = parsed.output;
  return {
    ...emptyPlan,
    ...strategy,
    lines: lines.length
      ? lines.map((line, i) => ({ ...newLine(`step-${i + 1}`), ...line }))
      : emptyPlan.lines,
  };
}

/** The first other aid on a line as the form shows it. */
function aidValues(aid: NonNullable<Plan['lines'][number]['otherAid']>[number] | undefined): AidValues {
  if (!aid) return NO_AID;
  return {
    otherAid: true,
    aidKind: aid.kind,
    aidStatus: aid.status,
    aidAmount: aid.cents === undefined ? '' : (aid.cents / 100).toFixed(2),
    aidShare: aid.intensityBp === undefined ? '' : String(aid.intensityBp / 100),
    aidBody: aid.grantingBody ?? '',
  };
}

/**
 * A draft kept before a field existed lacks it: each line is completed with a new line's defaults, and a
 * line that said nothing of other aid shows the stored line's, so saving the draft keeps that aid.
 */
export function completeDraft(values: PlanFormValues, stored: Plan | undefined): PlanFormValues {
  const storedLines = new Map(stored?.lines.map((l) => [l.id, l]));
  return {
    ...values,
    lines: values.lines.map((line) => ({
      ...newLine(line.id),
      ...(Object.hasOwn(line, 'otherAid') ? {} : aidValues(storedLines.get(line.id)?.otherAid?.[0])),
      ...line,
    })),
  };
}

export function toFormValues(plan: Plan): PlanFormValues {
  return {
    title: plan.title,
    whereWeWantToGo: plan.whereWeWantToGo,
    whoPullsTheCart: plan.whoPullsTheCart,
    howWeTellTheStory: plan.howWeTellTheStory,
    from: plan.projectPeriod.from,
    to: plan.projectPeriod.to,
    goals: plan.goals.map((g) => ({ ...g })),
    lines: plan.lines.map((l) => ({
      id: l.id,
      category: l.category,
      description: l.description,
      supplier: l.supplier.name,
      amount: (l.amountCents / 100).toFixed(2),
      date: l.date ?? '',
      status: l.status,
      linked: l.supplier.linked,
      accreditations: [...l.supplier.accreditations],
      tags: [...l.tags],
      recurring: l.recurring !== undefined,
      months: l.recurring ? String(l.recurring.months) : '',
      startsOn: l.recurring?.startsOn ?? '',
      usedGoods: l.usedGoods,
      units: l.units ? String(l.units.count) : '',
      serviceStartsOn: l.serviceStartsOn ?? '',
      payment: l.payment,
      vat: l.vatCents ? (l.vatCents / 100).toFixed(2) : '',
      ...aidValues(l.otherAid?.[0]),
    })),
  };
}
