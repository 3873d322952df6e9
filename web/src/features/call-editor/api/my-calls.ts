/** The association's own calls (drafts included), and the create and publish mutations. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallDraftInput } from '../../../../../shared/calls/call-schema';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function getMyCallsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['calls', 'mine'],
    queryFn: async () => unwrap(await api.api.calls.mine.$get({ query: { limit: '100' } })),
  });
}

export function useMyCalls() {
  const { api } = useAppContext();
  return useQuery(getMyCallsQueryOptions(api));
}

export function useCreateCall() {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CallDraftInput) => unwrap(await api.api.calls.$post({ json: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calls'] }),
  });
}

export function usePublishCall() {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.api.calls[':id'].publish.$post({ param: { id } })),
    // After a refusal too: a call published or closed meanwhile then shows as it is.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calls'] }),
  });
}
