/** One published call, as everyone may read it: figures, who may apply, what is eligible. */
import { useQuery } from '@tanstack/react-query';
import { BUDGET_MAX_AGE_SECONDS } from '../../../../../shared/hosting/budget-freshness';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function usePublicCall(id: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['calls', 'public', id],
    queryFn: async () => unwrap(await api.api.calls[':id'].$get({ param: { id } })),
  });
}

/**
 * What is left of a published call's budget for a new applicant and how many applied: asked again at
 * the pace the API lets it be cached (a few seconds) while the call is open, never after.
 */
export function useCallAvailability(id: string, open: boolean) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['calls', 'public', id, 'availability'],
    queryFn: async () => unwrap(await api.api.calls[':id'].availability.$get({ param: { id } })),
    staleTime: BUDGET_MAX_AGE_SECONDS * 1000,
    refetchInterval: open ? BUDGET_MAX_AGE_SECONDS * 1000 : false,
  });
}
