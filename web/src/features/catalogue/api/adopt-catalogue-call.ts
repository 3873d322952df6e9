/** An association adopts a catalogue record: a draft call of its own, started from the record's figures. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useAdoptCatalogueCall(sourceId: string) {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: { budgetCents?: number; closesAt?: string }) =>
      unwrap(await api.api.catalogue[':sourceId'].adopt.$post({ param: { sourceId }, json })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calls'] }),
  });
}
