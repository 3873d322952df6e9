/**
 * Test doubles of the stores that break one rule on purpose, so a suite can prove it notices: a
 * suite that stays green on these would pass on broken code too.
 */
import type { AppDeps } from '../../functions/api/app-deps';

type PlanRecord = Parameters<AppDeps['plans']['put']>[0];

/**
 * What a route would see if it forgot to check the owner: every review looks like the acting
 * consultancy's, every call like the acting association's (`acting()`: who is asking now).
 */
export function storesThatHandObjectsToWhoeverAsks(acting: () => string | undefined) {
  return (deps: AppDeps): AppDeps => ({
    ...deps,
    reviews: Object.assign(Object.create(deps.reviews), {
      get: async (id: string) => {
        const review = await deps.reviews.get(id);
        const who = acting();
        return review && who?.startsWith('consultant-') ? { ...review, consultantOrgId: who } : review;
      },
    }),
    calls: Object.assign(Object.create(deps.calls), {
      get: async (id: string) => {
        const call = await deps.calls.get(id);
        const who = acting();
        return call && who?.startsWith('assoc-') ? { ...call, ownerOrgId: who } : call;
      },
    }),
  });
}

/** Cells of the authorization matrix that must fail against storesThatHandObjectsToWhoeverAsks. */
export const CELLS_A_MISSING_OWNER_CHECK_OPENS = [
  /^GET \/reviews\/:id as another consultant: 200, expected 404/,
  /^POST \/reviews\/:id\/decision as another consultant: 200, expected 404/,
  /^GET \/calls\/:id\/audit as another association: 200, expected 404/,
  /^POST \/calls\/:id\/close as another association: 200, expected 404/,
];

/** A plan store that stores every line at -5 cents (a state no valid request can make) while `on()`. */
export function planStoreThatCorrupts(on: () => boolean = () => true) {
  const corrupt = (record: PlanRecord): PlanRecord => ({
    ...record,
    plan: { ...record.plan, lines: record.plan.lines.map((l) => ({ ...l, amountCents: -5 })) },
  });
  return (deps: AppDeps): AppDeps => ({
    ...deps,
    plans: Object.assign(Object.create(deps.plans), {
      put: (record: PlanRecord, expected: number) =>
        deps.plans.put(on() ? corrupt(record) : record, expected),
    }),
  });
}
