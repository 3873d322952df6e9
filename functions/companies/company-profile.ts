/**
 * The signed-in SME's company profile: read it, and save it (revision 0 creates it) with its size class
 * computed and explained on every save, so every reader gets the same class and reasons.
 */
import type * as z from 'zod';
import type { Company, companyProfileInputSchema } from '../../shared/companies/company-schema';
import { classifySize } from '../../shared/eligibility/size-class';
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import { ConflictError, StaleRevisionError } from '../data/store-errors';
import { NotFoundError, RuleRefusalError } from '../errors/use-case-errors';
import type { CompanyRecord } from './company-store';

export async function ownCompanyProfile(
  deps: Pick<AppDeps, 'companies'>,
  user: AuthUser,
): Promise<CompanyRecord> {
  const record = await deps.companies.get(user.orgId);
  if (!record) throw new NotFoundError('not_found', 'Your company has no profile yet.');
  return record;
}

/** The company that matching checks a plan for: without a profile there is nothing to check (422). */
export async function ownCompany(deps: Pick<AppDeps, 'companies'>, orgId: string): Promise<Company> {
  const record = await deps.companies.get(orgId);
  if (!record) {
    throw new RuleRefusalError(
      'profile_missing',
      'Complete your company profile first: eligibility depends on it.',
    );
  }
  return record.company;
}

export async function saveCompanyProfile(
  deps: Pick<AppDeps, 'companies' | 'now'>,
  user: AuthUser,
  input: z.output<typeof companyProfileInputSchema>,
): Promise<CompanyRecord> {
  const { revision, ...profile } = input;
  // The id is always the caller's organisation: an SME can only ever write its own profile.
  const company = { ...profile, id: user.orgId };
  const record: CompanyRecord = {
    company,
    sizeClass: classifySize(company),
    revision: revision + 1,
    updatedAt: deps.now().toISOString(),
  };
  try {
    await deps.companies.put(record, revision);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    throw new StaleRevisionError(error.message, await deps.companies.get(user.orgId));
  }
  return record;
}
