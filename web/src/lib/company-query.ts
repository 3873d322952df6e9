/**
 * The signed-in SME's stored profile (none yet is not an error): the company page shows and edits it,
 * and the plan editor reads where the company is, to ask on each line only what the calls of its area
 * check. One query, so both share what was read.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from './api-client';
import { ApiRequestError, unwrap } from './api-error';

export function getCompanyQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['company'],
    queryFn: async () => {
      try {
        // Awaited here, or the rejection would escape this try.
        return await unwrap(await api.api.companies.mine.$get());
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 404) return null;
        throw error;
      }
    },
  });
}
