/** The plan form's text fields and their conversion to and from the plan schema (cents, dates, line ids). */
import * as z from 'zod';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';
import { type Plan, planInputSchema } from '../../../../../shared/plans/plan-schema';
import { plainFieldMessages } from '../../../lib/field-messages';

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
const selfCheckSchema = z.object({
  whereWeWantToGo: z.string().max(2000),
  whoPullsTheCart: z.string().max(500),
  howWeTellTheStory: z.string().max(2000),
  lines: z.array(z.object({ category: z.string(), description: z.string().max(500) })).max(10),
});

/** A new plan started from the self-check: its answers, and one line per suggested first step. */
export function fromSelfCheck(state: unknown): PlanFormValues {
  const parsed = selfCheckSchema.safeParse(state);
  if (!parsed.success) return emptyPlan;
  const { lines, ...strategy } = parsed.data;
  return {
    ...emptyPlan,
    ...strategy,
    lines: lines.length
      ? lines.map((line, i) => ({ ...newLine(`step-${i + 1}`), ...line }))
      : emptyPlan.lines,
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
      date: l.date,
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
    })),
  };
}

// The API's own input rules (safe line ids included), without the revision the page adds when it saves.
const planBodySchema = planInputSchema.omit({ revision: true });
export type PlanBody = z.infer<typeof planBodySchema>;

const wholeOrNaN = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** A line of the form as the schema reads it; what the form does not hold comes from the stored line. */
function lineInput(line: LineValues, before: Plan['lines'][number] | undefined) {
  return {
    ...before,
    id: line.id,
    category: line.category,
    description: line.description.trim(),
    supplier: {
      ...before?.supplier,
      name: line.supplier.trim(),
      linked: line.linked,
      accreditations: line.accreditations,
    },
    status: line.status,
    amountCents: parseEurosToCents(line.amount) ?? Number.NaN,
    vatCents: line.vat.trim() ? (parseEurosToCents(line.vat) ?? Number.NaN) : 0,
    date: line.date,
    tags: line.tags,
    usedGoods: line.usedGoods,
    payment: line.payment,
    recurring: line.recurring ? { months: wholeOrNaN(line.months), startsOn: line.startsOn } : undefined,
    units: line.units.trim() ? { count: wholeOrNaN(line.units), unit: 'person-day' } : undefined,
    serviceStartsOn: line.serviceStartsOn || undefined,
  };
}

/**
 * Parses the form over the stored plan: a line keeps what the form does not show (other aid) by its id.
 * Empty goals are dropped. Errors are keyed by schema path.
 */
export function parsePlan(
  values: PlanFormValues,
  base: Plan | undefined,
): { plan: PlanBody; errors?: undefined } | { plan?: undefined; errors: Record<string, string> } {
  const stored = new Map(base?.lines.map((l) => [l.id, l]));
  const parsed = planBodySchema.safeParse({
    title: values.title.trim(),
    whereWeWantToGo: values.whereWeWantToGo.trim(),
    whoPullsTheCart: values.whoPullsTheCart.trim(),
    howWeTellTheStory: values.howWeTellTheStory.trim(),
    projectPeriod: { from: values.from, to: values.to },
    goals: values.goals.filter((g) => g.text.trim() || g.kpi.trim()),
    lines: values.lines.map((line) => lineInput(line, stored.get(line.id))),
  });
  if (parsed.success) return { plan: parsed.data };
  return { errors: plainFieldMessages(parsed.error.issues) };
}
