/**
 * What the company page reads: the stored profile (none yet is not an error) and the open calls whose
 * previous edition the page asks about. Kept apart from the page's saving code so that the first script
 * can start these reads on a first visit (app/prefetch-first-screen.ts) without waiting for a chunk:
 * loaded behind one, they left a round trip more before the form shows on a slow phone. (The form then
 * renders sooner after its code arrives, which Lighthouse reads as more blocking time: BENCHMARKS.md.)
 */
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { ApiRequestError, unwrap } from '../../../lib/api-error';

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

/**
 * The open calls that refuse beneficiaries of their previous edition, one per call family: the company
 * page asks about these families, and only these.
 */
export function getPreviousEditionCallsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['calls', 'open', 'previous-editions'],
    queryFn: async () => {
      const open = await unwrap(await api.api.calls.$get({ query: { limit: '100' } }));
      const byFamily = new Map<string, string>();
      for (const call of open.items) {
        const rules = call.rules;
        if (rules?.applicant.excludePreviousBeneficiaries && !byFamily.has(rules.family)) {
          byFamily.set(rules.family, call.title);
        }
      }
      return [...byFamily].map(([family, title]) => ({ family, title }));
    },
  });
}
