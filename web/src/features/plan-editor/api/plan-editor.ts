/** Load one plan to edit, create a plan, or save it at the revision it was read (409 hands back the stored one). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Plan } from '../../../../../shared/plans/plan-schema';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';
import { getCompanyQueryOptions } from '../../../lib/company-query';
import { staleVersionReader } from '../../../lib/stale-version';
import type { PlanBody } from '../components/parse-plan';
import { getCallRulesQueryOptions, getPlanQueryOptions } from './plan-queries';

/** A stored plan at one revision: what the editor loads and what a 409 hands back. */
export interface StoredPlan {
  plan: Plan;
  revision: number;
}

const stale = staleVersionReader<StoredPlan>(async (raw) =>
  (await import('./stored-plan')).readStoredPlan(raw),
);

export function usePlan(id: string | undefined) {
  const { api } = useAppContext();
  return useQuery(getPlanQueryOptions(api, id));
}

export function useSavePlan(id: string | undefined) {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ plan, revision }: { plan: PlanBody; revision: number }) =>
      (id
        ? unwrap(await api.api.plans[':id'].$put({ param: { id }, json: { ...plan, revision } }))
        : unwrap(await api.api.plans.$post({ json: { ...plan, revision: 0 } }))
      ).catch(stale.rethrow),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}

/** The version someone else saved, from a 409; undefined for any other failure. */
export const conflictingPlan = stale.current;

/**
 * The rules of the open calls (and of the call the SME came from, if it is not among them), by call,
 * and where the company is: the plan editor asks on each line what the rules of the calls of its area
 * check (and of the call it came from, wherever), and nothing else.
 */
export function useCallRules(callId: string | undefined) {
  const { api } = useAppContext();
  return useQuery(getCallRulesQueryOptions(api, callId));
}

/** One empty list for every render, so what is computed from it is not made anew each time. */
const ANYWHERE: readonly string[] = [];

/** The company's region codes; empty while it has no profile (or it could not be read): every area. */
export function useCompanyRegions(): { regionCodes: readonly string[]; pending: boolean } {
  const { api } = useAppContext();
  const company = useQuery(getCompanyQueryOptions(api));
  return { regionCodes: company.data?.company.regionCodes ?? ANYWHERE, pending: company.isPending };
}
