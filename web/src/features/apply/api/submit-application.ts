/** Submits an application; the Idempotency-Key makes double clicks and retries land as one application. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationInput } from '../../../../../shared/applications/application-schema';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';
import { busyRetryDelay, retryWhenBusy } from '../../../lib/busy-retry';

export function useDraft(planId: string, callId: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['plans', planId, 'draft', callId],
    queryFn: async () =>
      unwrap(
        await api.api.plans[':id']['application-draft'][':callId'].$get({ param: { id: planId, callId } }),
      ),
  });
}

export function useSubmitApplication(idempotencyKey: string) {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ApplicationInput) =>
      unwrap(
        await api.api.applications.$post({ json: input, header: { 'idempotency-key': idempotencyKey } }),
      ),
    // Network hiccups and busy answers (5xx, a click day's throttling 429) are retried with the same
    // key: the server answers with the same application. A refusal would only be refused again, so it
    // is shown at once.
    retry: (failures, error) => retryWhenBusy(failures, error),
    retryDelay: (attempt, error) => busyRetryDelay(attempt, error),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['applications'] }),
  });
}
