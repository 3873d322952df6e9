/**
 * How a report line is named for people: the SME's own description of the expense, else (applications
 * from before the plan was kept with them) its position, "Expense 3" — never the line's id.
 */
import type { TFunction } from 'i18next';
import { expenseLabel, type SharedApplication } from '../../../shared/applications/shared-application';
import type { Labels } from './labels';

type Named = Pick<SharedApplication, 'expenses' | 'report'>;

export function expenseName(t: TFunction, application: Named, lineId: string): string {
  const { description, position } = expenseLabel(application, lineId);
  return description ?? t('reviews.expenseN', { n: position });
}

/** The spend type and supplier of a line, in words ("Consulting · Studio Verdi"), when kept. */
export function expenseDetail(labels: Labels, application: Named, lineId: string): string | undefined {
  const expense = application.expenses?.find((e) => e.lineId === lineId);
  if (!expense) return undefined;
  return [labels.taxonomy(expense.category), expense.supplier].filter(Boolean).join(' · ');
}
