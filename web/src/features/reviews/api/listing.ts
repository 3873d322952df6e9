/** The consultancy's own listing in the directory SMEs pick from: read it (none yet is not an error), save it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsultancyListingInput } from '../../../../../shared/consultancies/consultancy-schema';
import { ApiRequestError, unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useOwnListing() {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['consultancies', 'me'],
    queryFn: async () => {
      try {
        // Awaited here, or the rejection would escape this try.
        return await unwrap(await api.api.consultancies.me.$get());
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Saves at the revision read; after a 409 the listing reloads, so saving again sends the current one. */
export function useSaveListing() {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ConsultancyListingInput) =>
      unwrap(await api.api.consultancies.me.$put({ json: input })),
    onSuccess: (record) => queryClient.setQueryData(['consultancies', 'me'], record),
    onError: () => queryClient.invalidateQueries({ queryKey: ['consultancies', 'me'] }),
  });
}
