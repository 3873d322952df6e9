/** The SME's company profile: read it (none yet is not an error) and save it with the revision it was read at. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Company, CompanyProfileInput } from '../../../../../shared/companies/company-schema';
import { allPages } from '../../../lib/all-pages';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';
import { getCompanyQueryOptions } from '../../../lib/company-query';
import { staleVersionReader } from '../../../lib/stale-version';
import { getAskedByOpenCallsQueryOptions } from './company-queries';

/** A stored profile at one revision: what the company page loads and what a 409 hands back. */
export interface StoredProfile {
  company: Company;
  revision: number;
}

const stale = staleVersionReader<StoredProfile>(async (raw) =>
  (await import('./stored-profile')).readStoredProfile(raw),
);

export function useCompany() {
  const { api } = useAppContext();
  return useQuery(getCompanyQueryOptions(api));
}

export function useSaveCompany() {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CompanyProfileInput) =>
      unwrap(await api.api.companies.mine.$put({ json: input })).catch(stale.rethrow),
    onSuccess: (record) => {
      queryClient.setQueryData(['company'], record);
      // Matches and reports (with the inputs their what-ifs re-run on) were worked out on the profile
      // before this save.
      void queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}

/** The version someone else saved, from a 409; undefined for any other failure. */
export const conflictingProfile = stale.current;

/** What the open calls check of the company's past grants (company-queries.ts). */
export function useAskedByOpenCalls() {
  const { api } = useAppContext();
  return useQuery(getAskedByOpenCallsQueryOptions(api));
}

/** One cost in one of the SME's plans, as the aid rows offer it. */
export interface PlannedCost {
  planId: string;
  planTitle: string;
  lineId: string;
  description: string;
  amountCents: number;
  /**
   * Other aid the plan line itself lists as received (an amount, or `true` for a share of the cost):
   * the same aid ticked here too would count twice.
   */
  onLine?: number | true;
}

function aidOnLine(line: { otherAid?: { status?: string; cents?: number }[] }): number | true | undefined {
  const received = (line.otherAid ?? []).filter((aid) => aid.status !== 'requested');
  if (received.length === 0) return undefined;
  if (received.some((aid) => aid.cents === undefined)) return true;
  return received.reduce((sum, aid) => sum + (aid.cents ?? 0), 0);
}

/**
 * Every cost in the SME's plans, for saying which of them an aid received paid for. Read only while
 * the page lists some aid (most companies list none).
 */
export function usePlannedCosts(enabled: boolean) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['plans', 'costs'],
    enabled,
    queryFn: async (): Promise<PlannedCost[]> => {
      const { items } = await allPages(async (cursor) =>
        unwrap(await api.api.plans.$get({ query: cursor ? { limit: '100', cursor } : { limit: '100' } })),
      );
      return items.flatMap(({ plan }) =>
        plan.lines.map((line) => ({
          planId: plan.id,
          planTitle: plan.title,
          lineId: line.id,
          description: line.description,
          amountCents: line.amountCents,
          onLine: aidOnLine(line),
        })),
      );
    },
  });
}
