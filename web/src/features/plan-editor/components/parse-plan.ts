/**
 * Reads the plan form back with the plan schema (the API's own input rules, safe line ids included),
 * errors in plain words keyed by schema path. Loaded when the plan is sent: the schema library is the
 * heaviest code the editor would otherwise download on a first visit.
 */
import i18next from 'i18next';
import type * as z from 'zod';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';
import { type Plan, planInputSchema } from '../../../../../shared/plans/plan-schema';
import { plainFieldMessages } from '../../../lib/field-messages';
import type { LineValues, PlanFormValues } from './plan-form-values';

// Without the revision the page adds when it saves.
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
    // Empty while the invoice date is not known (an estimate or a quote).
    date: line.date || undefined,
    tags: line.tags,
    usedGoods: line.usedGoods,
    payment: line.payment,
    recurring: line.recurring ? { months: wholeOrNaN(line.months), startsOn: line.startsOn } : undefined,
    units: line.units.trim() ? { count: wholeOrNaN(line.units), unit: 'person-day' } : undefined,
    serviceStartsOn: line.serviceStartsOn || undefined,
    otherAid: line.otherAid ? [aidInput(line), ...(before?.otherAid?.slice(1) ?? [])] : undefined,
  };
}

/**
 * A share typed as a percentage ("40", "12,5", "12.25 %") in basis points, exactly; NaN (a field error)
 * for anything else, such as more than two decimals or "1e1".
 */
function percentToBp(text: string): number {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** The other aid the line's form gives: an amount or a share of the cost (the schema asks for one). */
function aidInput(line: LineValues) {
  return {
    kind: line.aidKind,
    status: line.aidStatus,
    cents: line.aidAmount.trim() ? (parseEurosToCents(line.aidAmount) ?? Number.NaN) : undefined,
    intensityBp: line.aidShare.trim() ? percentToBp(line.aidShare) : undefined,
    grantingBody: line.aidBody.trim() || undefined,
  };
}

/**
 * Parses the form over the stored plan: a line keeps what the form does not show (other aids after the
 * first, other-aid fields of calls no longer asking) by its id. Empty goals are dropped. Errors are keyed
 * by schema path.
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
  const errors = plainFieldMessages(parsed.error.issues);
  // The schema's "an amount or a share" rule, said in words at the amount.
  values.lines.forEach((line, i) => {
    const path = `lines.${i}.otherAid.0.cents`;
    if (line.otherAid && errors[path] && !line.aidAmount.trim() === !line.aidShare.trim())
      errors[path] = i18next.t('spendLine.aidOneOf');
  });
  return { errors };
}
