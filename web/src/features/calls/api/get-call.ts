/** One published call, as everyone may read it: figures, who may apply, what is eligible. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { BUDGET_MAX_AGE_SECONDS } from '../../../../../shared/hosting/budget-freshness';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

/** Public: the first script asks for it on a first visit of the call's page (prefetch-first-screen.ts). */
export function getPublicCallQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['calls', 'public', id],
    queryFn: async () => unwrap(await api.api.calls[':id'].$get({ param: { id } })),
  });
}

export function usePublicCall(id: string) {
  const { api } = useAppContext();
  return useQuery(getPublicCallQueryOptions(api, id));
}

/**
 * What is left of a published call's budget for a new applicant and how many receipts it gave: asked
 * once the call is shown, then again at the pace the API lets it be cached (a few seconds) for as long
 * as the answer says the call is open — a call closed early or past its deadline stops the polling.
 */
export function useCallAvailability(id: string, callShown: boolean) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['calls', 'public', id, 'availability'],
    queryFn: async () => unwrap(await api.api.calls[':id'].availability.$get({ param: { id } })),
    enabled: callShown,
    staleTime: BUDGET_MAX_AGE_SECONDS * 1000,
    refetchInterval: (query) => (query.state.data?.open ? BUDGET_MAX_AGE_SECONDS * 1000 : false),
  });
}
