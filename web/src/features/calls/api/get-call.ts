/** One published call, as everyone may read it: figures, who may apply, what is eligible. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { BUDGET_MAX_AGE_SECONDS } from '../../../../../shared/hosting/budget-freshness';
import type { ApiClient } from '../../../lib/api-client';
import { ApiRequestError, unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

/**
 * Public: the first script asks for it on a first visit of the call's page (prefetch-first-screen.ts).
 * A call that is not there (closed and removed, a draft, a mistyped address: 404, or 400 for an id
 * that cannot be one) is an answer, null, not a failure: a failure is asked again when the page mounts,
 * so a first visit asked twice for a call that does not exist. Like any answer it is kept for the
 * app's 30 s (main.tsx); publishing a call clears every cached call in that tab (`['calls']`).
 */
export function getPublicCallQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['calls', 'public', id],
    queryFn: async () => {
      try {
        // Awaited here, or the rejection would escape this try.
        return await unwrap(await api.api.calls[':id'].$get({ param: { id } }));
      } catch (error) {
        if (error instanceof ApiRequestError && [400, 404].includes(error.status)) return null;
        throw error;
      }
    },
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
