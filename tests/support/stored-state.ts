/**
 * Whether what the stores hold is a state a valid request could produce: every call, company and plan
 * of the matrix organisations parses with its domain schema (consultancy listings too), and reviews key
 * their lines by safe ids.
 * The hostile-input suite runs it after every request that was not refused.
 */
import type * as z from 'zod';
import { safeIdSchema } from '../../shared/api/safe-id';
import { callSchema } from '../../shared/calls/call-schema';
import { companySchema } from '../../shared/companies/company-schema';
import { consultancySchema } from '../../shared/consultancies/consultancy-schema';
import { planSchema } from '../../shared/plans/plan-schema';
import { reviewDecisionSchema } from '../../shared/reviews/review-schema';
import { FOREIGN, OWN } from './authorization-matrix';
import type { DrivableApi } from './drivable-api';

const issues = (
  what: string,
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => `${what}: ${i.path.join('.')} ${i.message}`);

/** The stores parse what they read: a state that does not parse surfaces as a ZodError there. */
async function read<T>(what: string, problems: string[], load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'ZodError') throw error;
    problems.push(...issues(what, { success: false, error: error as z.ZodError }));
    return undefined;
  }
}

export async function invalidState(api: DrivableApi): Promise<string[]> {
  const { deps } = api;
  const problems: string[] = [];
  for (const orgId of [OWN.association, FOREIGN.association]) {
    const calls = await read(`calls of ${orgId}`, problems, () =>
      deps.calls.listByOwner(orgId, { limit: 100 }),
    );
    for (const call of calls?.items ?? [])
      problems.push(...issues(`call ${call.id}`, callSchema.safeParse(call)));
  }
  for (const orgId of [OWN.sme, FOREIGN.sme]) {
    const company = await read(`company ${orgId}`, problems, () => deps.companies.get(orgId));
    if (company) problems.push(...issues(`company ${orgId}`, companySchema.safeParse(company.company)));
    const plans = await read(`plan of ${orgId}`, problems, () => deps.plans.list(orgId));
    for (const { plan } of plans ?? [])
      problems.push(...issues(`plan ${plan.id}`, planSchema.safeParse(plan)));
  }
  for (const orgId of [OWN.consultant, FOREIGN.consultant]) {
    const listed = await read(`listing ${orgId}`, problems, () => deps.consultancies.get(orgId));
    if (listed) problems.push(...issues(`listing ${orgId}`, consultancySchema.safeParse(listed.consultancy)));
    const reviews = await read(`reviews of ${orgId}`, problems, () =>
      deps.reviews.listForConsultant(orgId, { limit: 50 }),
    );
    for (const review of reviews?.items ?? []) {
      for (const lineId of Object.keys(review.lines))
        if (!safeIdSchema.safeParse(lineId).success) problems.push(`review ${review.id}: line id ${lineId}`);
      if (review.decision !== undefined && !reviewDecisionSchema.safeParse(review.decision).success)
        problems.push(`review ${review.id}: decision ${String(review.decision)}`);
    }
  }
  return problems;
}
