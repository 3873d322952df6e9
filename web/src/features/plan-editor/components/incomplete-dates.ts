/**
 * Date fields the person began but did not finish. The browser gives such a field's value as '' (as if
 * left empty), so an optional date (an estimate's invoice, a start) would be saved as "no date" without
 * a word, and a required one told "enter a date" though one was typed. Read from the form when it is
 * sent: the browser knows (`validity.badInput`), the form values do not.
 */
import type { PlanFormValues } from './plan-form-values';

/** A line's date fields: the element id's last part (spend-line-fields.tsx) and the schema path. */
const LINE_DATES = [
  ['date', 'date'],
  ['service-start', 'serviceStartsOn'],
  ['starts', 'recurring.startsOn'],
] as const;

const PERIOD_DATES = [
  ['plan-from', 'projectPeriod.from'],
  ['plan-to', 'projectPeriod.to'],
] as const;

export function incompleteDateIds(form: HTMLFormElement): Set<string> {
  const inputs = form.querySelectorAll<HTMLInputElement>('input[type="date"]');
  return new Set([...inputs].filter((input) => input.validity.badInput).map((input) => input.id));
}

/** The errors to show, keyed by schema path as the form's other errors are. */
export function incompleteDateErrors(
  values: PlanFormValues,
  ids: ReadonlySet<string>,
  message: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [id, path] of PERIOD_DATES) if (ids.has(id)) errors[path] = message;
  values.lines.forEach((line, i) => {
    for (const [field, path] of LINE_DATES) {
      if (ids.has(`line-${line.id}-${field}`)) errors[`lines.${i}.${path}`] = message;
    }
  });
  return errors;
}
