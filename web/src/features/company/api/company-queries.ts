/**
 * What the company page reads besides the stored profile (../../../lib/company-query.ts): what the open
 * calls check of a company's past grants, which the page asks about. Kept apart from the page's saving code so that the first script
 * can start these reads on a first visit (app/prefetch-first-screen.ts) without waiting for a chunk:
 * loaded behind one, they left a round trip more before the form shows on a slow phone. (The form then
 * renders sooner after its code arrives, which Lighthouse reads as more blocking time: BENCHMARKS.md.)
 */
import { queryOptions } from '@tanstack/react-query';
import type { CallRules } from '../../../../../shared/eligibility/call-rules-schema';
import { allPages } from '../../../lib/all-pages';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';

/** Where a call admits companies (its applicant rule's regions). */
type Area = CallRules['applicant']['regions'];

/**
 * What the open calls check of a company's past grants, each with the call's area: the company page
 * asks this, and only of a company that may be in that area.
 */
export interface AskedByOpenCalls {
  /** Open calls that refuse beneficiaries of their previous edition: their family, named by the call. */
  previousEditions: { family: string; title: string; area: Area }[];
  /** Open calls that pay at most a sum per company per year: their family, and that sum. */
  yearlyCeilings: { family: string; title: string; ceilingCents: number; area: Area }[];
  /** The areas of the open calls that add a premium for a legality rating (Italy's rating di legalità). */
  legalityRatingAreas: Area[];
}

/** Reads, from the open calls' rules, what the company page asks of the company's past grants. */
export function getAskedByOpenCallsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['calls', 'open', 'asked-of-companies'],
    queryFn: async (): Promise<AskedByOpenCalls> => {
      const open = await allPages(async (cursor) =>
        unwrap(await api.api.calls.$get({ query: cursor ? { limit: '100', cursor } : { limit: '100' } })),
      );
      const asked: AskedByOpenCalls = { previousEditions: [], yearlyCeilings: [], legalityRatingAreas: [] };
      // One entry per open call, not per family: editions of one family may cover different areas, and
      // the page keeps the first of each family among those whose area may hold the company.
      for (const { title, rules } of open.items) {
        if (!rules) continue;
        const { family } = rules;
        const area = rules.applicant.regions;
        if (rules.applicant.excludePreviousBeneficiaries)
          asked.previousEditions.push({ family, title, area });
        const ceiling = rules.perCompanyYearCeiling;
        if (ceiling) asked.yearlyCeilings.push({ family, title, ceilingCents: ceiling.cents, area });
        if (rules.totals.bonuses.some((bonus) => bonus.when === 'legality-rating')) {
          asked.legalityRatingAreas.push(area);
        }
      }
      return asked;
    },
  });
}
