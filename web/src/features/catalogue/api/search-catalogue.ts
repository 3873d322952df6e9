/** One page of the catalogue search, for the filters in the address bar; the last page stays on screen while the next loads. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiRequestError, unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';
import { apiQuery, type CatalogueFilters } from '../catalogue-filters';

export function useCatalogueSearch(filters: CatalogueFilters) {
  const { api } = useAppContext();
  const query = apiQuery(filters);
  return useQuery({
    queryKey: ['catalogue', 'search', query],
    queryFn: async () => unwrap(await api.api.catalogue.$get({ query })),
    placeholderData: keepPreviousData,
    // A refused search (400) is refused again: asking twice only delays the message.
    retry: (count, error) => count < 1 && !(error instanceof ApiRequestError && error.status === 400),
  });
}
