/**
 * The catalogue's answer for one of the SME's plans: the national catalogue's calls that may fit it,
 * from their coarse lists only ("possible fit — check the official text"), ranked, with each check.
 * Calls with structured rules are matched line by line elsewhere (plan-eligibility.ts); the web shows
 * both on the matches page, the checked ones first. The catalogue comes from the warm search index
 * (ADR 0017): no table read per call.
 */
import {
  type CoarseFit,
  type FitCheck,
  type FitOutcome,
  outcomeOf,
  possibleFits,
} from '../../shared/catalogue/coarse-fit';
import { COUNTRY_CODE } from '../../shared/catalogue/regions';
import { classifySize } from '../../shared/eligibility/size-class';
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import { ownCompany } from '../companies/company-profile';
import { ownPlan } from '../plans/own-plans';
import type { CatalogueIndexSource } from './catalogue-index-cache';
import { CATALOGUE_ATTRIBUTION } from './find-catalogue-calls';

/** The list shows the best few; the rest are one search away on the catalogue page. */
export const MAX_FITS = 20;

export interface CatalogueFitView {
  sourceId: string;
  title: string;
  grantingBody?: string;
  status: CoarseFit['status'];
  officialUrl?: string;
  aid: CoarseFit['call']['aid'];
  /** Each check with its outcome, so readers need not know the rules that decide it. */
  checks: (FitCheck & { outcome: FitOutcome })[];
}

export async function catalogueFitsForPlan(
  deps: Pick<AppDeps, 'plans' | 'companies' | 'now'>,
  index: CatalogueIndexSource,
  user: AuthUser,
  planId: string,
): Promise<{ items: CatalogueFitView[]; total: number; attribution: string; outsideItaly: boolean }> {
  // In this order: no such plan (404) is said before no profile (422).
  const { plan } = await ownPlan(deps, user.orgId, planId);
  const company = await ownCompany(deps, user.orgId);
  // The catalogue is Italy's: a company with no place in Italy fits none of it, so nothing is checked.
  if (!company.regionCodes.includes(COUNTRY_CODE)) {
    return { items: [], total: 0, attribution: CATALOGUE_ATTRIBUTION, outsideItaly: true };
  }
  const fits = possibleFits(
    (await index.current()).calls,
    {
      regionCodes: company.regionCodes,
      sizeClass: classifySize(company).sizeClass,
      sectorCode: company.sectorCode,
      lines: plan.lines,
    },
    deps.now(),
  );
  return {
    items: fits.slice(0, MAX_FITS).map(({ call, status, checks }) => ({
      sourceId: call.sourceId,
      title: call.title,
      ...(call.grantingBody !== undefined ? { grantingBody: call.grantingBody } : {}),
      status,
      ...(call.officialUrl !== undefined ? { officialUrl: call.officialUrl } : {}),
      aid: call.aid,
      checks: checks.map((check) => ({ ...check, outcome: outcomeOf(check) })),
    })),
    total: fits.length,
    attribution: CATALOGUE_ATTRIBUTION,
    outsideItaly: false,
  };
}
