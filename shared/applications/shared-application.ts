/**
 * An application as others than its SME see it, and the names of its expenses. Free of the schema
 * library: the web app's receipt and review pages load it first.
 */
import type { Application } from './application-schema';

/** What one expense of the application is, in the SME's words: the report names lines by id only. */
export interface ExpenseName {
  lineId: string;
  description: string;
  category: string;
  supplier: string;
}

/**
 * The application as others than its SME see it (the call's association, the consultant): without the
 * company's full profile and plan kept for re-running the engine, but with what each expense is (its
 * description, spend type and supplier), which the SME shared with them for review. Their report says
 * what was evaluated.
 */
export type SharedApplication = Omit<Application, 'evaluatedWith'> & { expenses?: ExpenseName[] };

export function withoutEvaluatedInputs({
  evaluatedWith: inputs,
  ...application
}: Application): SharedApplication {
  if (!inputs) return application;
  return {
    ...application,
    expenses: inputs.plan.lines.map((line) => ({
      lineId: line.id,
      description: line.description,
      category: line.category,
      supplier: line.supplier.name,
    })),
  };
}

/** An expense by the SME's description; by its position when the application kept no plan (older ones). */
export function expenseLabel(
  application: Pick<SharedApplication, 'expenses' | 'report'>,
  lineId: string,
): { description?: string; position: number } {
  const position = application.report.lines.findIndex((l) => l.lineId === lineId) + 1;
  return { description: application.expenses?.find((e) => e.lineId === lineId)?.description, position };
}
