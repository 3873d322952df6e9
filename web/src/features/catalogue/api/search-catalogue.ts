/** One page of the catalogue search, for the filters in the address bar; the last page stays on screen while the next loads. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';
import { apiQuery, type CatalogueFilters } from '../catalogue-filters';

/** Also fetched ahead on a first visit to the catalogue (app/prefetch-first-screen). */
export function getCatalogueSearchQueryOptions(api: ApiClient, filters: CatalogueFilters) {
  const query = apiQuery(filters);
  return queryOptions({
    queryKey: ['catalogue', 'search', query],
    queryFn: async () => unwrap(await api.api.catalogue.$get({ query })),
  });
}

export function useCatalogueSearch(filters: CatalogueFilters) {
  const { api } = useAppContext();
  return useQuery({
    ...getCatalogueSearchQueryOptions(api, filters),
    placeholderData: keepPreviousData,
  });
}
