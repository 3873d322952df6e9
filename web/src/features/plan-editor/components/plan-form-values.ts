/** The plan form's text fields and their conversion to and from the plan schema (cents, dates, line ids). */
import * as z from 'zod';
import { fieldErrorsFrom } from '../../../../../shared/api/error-body';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';
import { type Plan, planInputSchema } from '../../../../../shared/plans/plan-schema';

export interface LineValues {
  id: string;
  category: string;
  description: string;
  supplier: string;
  amount: string;
  date: string;
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
    })),
  };
}

// The API's own input rules (safe line ids included), without the revision the page adds when it saves.
const planBodySchema = planInputSchema.omit({ revision: true });
export type PlanBody = z.infer<typeof planBodySchema>;

/**
 * Parses the form over the stored plan: a line keeps what the form does not show (VAT, tags, recurring,
 * supplier accreditations) by its id. Empty goals are dropped. Errors are keyed by schema path.
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
    lines: values.lines.map((line) => {
      const before = stored.get(line.id);
      return {
        ...before,
        id: line.id,
        category: line.category,
        description: line.description.trim(),
        supplier: { ...before?.supplier, name: line.supplier.trim() },
        amountCents: parseEurosToCents(line.amount) ?? Number.NaN,
        date: line.date,
      };
    }),
  });
  if (parsed.success) return { plan: parsed.data };
  return { errors: Object.fromEntries(fieldErrorsFrom(parsed.error.issues).map((f) => [f.path, f.message])) };
}
