/**
 * The possible-fits use case without a database: plan and profile from maps, the catalogue from the
 * real shipped records (Fonte: incentivi.gov.it, MIMIT — IODL 2.0) in an index built in memory.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../../shared/catalogue/search-catalogue';
import { loadShipped, SHIPPED_FILES } from '../../shared/catalogue/testing/shipped-records';
import { classifySize } from '../../shared/eligibility/size-class';
import type { AuthUser } from '../auth/token-verifier';
import { NotFoundError, RuleRefusalError } from '../errors/use-case-errors';
import { demoCompany, demoPlan } from '../local/demo-data';
import { catalogueFitsForPlan, MAX_FITS } from './catalogue-fits';

const shipped = loadShipped((file) =>
  readFileSync(new URL(`../../data/catalogue/incentivi/${file}`, import.meta.url), 'utf8'),
);
const index = new CatalogueIndex(
  SHIPPED_FILES.flatMap((file) => {
    const result = shipped.imports.get(file);
    return result?.ok ? result.results.flatMap((r) => (r.status === 'imported' ? [r.call] : [])) : [];
  }),
);
const NOW = new Date('2026-12-02T12:00:00+01:00');
const company = demoCompany();
const plan = demoPlan(NOW);
const user: AuthUser = { sub: 's', email: 's@x.test', roles: ['sme'], orgId: company.id };

function depsWith(profile: typeof company | undefined) {
  return {
    now: () => NOW,
    plans: {
      get: async (orgId: string, id: string) =>
        orgId === plan.companyId && id === plan.id ? { plan, revision: 1, updatedAt: '' } : undefined,
      list: async () => [],
      page: async () => ({ items: [] }),
      put: async () => {},
    },
    companies: {
      get: async (orgId: string) =>
        profile && orgId === profile.id
          ? { company: profile, sizeClass: classifySize(profile), revision: 1, updatedAt: '' }
          : undefined,
      put: async () => {},
    },
  };
}

/** How the use case answered, in the kinds the API turns into 404 and 422. */
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 'fits',
    (error: unknown) =>
      error instanceof NotFoundError ? 'not found' : error instanceof RuleRefusalError ? 'refused' : 'failed',
  );

describe('catalogueFitsForPlan', () => {
  it('ranks the possible fits of the demo plan, at most 20, each check with its outcome', async () => {
    const fits = await catalogueFitsForPlan(depsWith(company), { current: async () => index }, user, plan.id);
    expect(fits.outsideItaly).toBe(false);
    expect(fits.items.length).toBe(Math.min(fits.total, MAX_FITS));
    expect(fits.items.length).toBeGreaterThan(0);
    for (const fit of fits.items) {
      expect(fit.checks.every((check) => check.outcome !== 'no')).toBe(true);
    }
  });

  it('says no such plan before no profile, and checks nothing for a company outside Italy', async () => {
    const source = { current: async () => index };
    expect(await status(catalogueFitsForPlan(depsWith(undefined), source, user, 'OTHER'))).toBe('not found');
    expect(await status(catalogueFitsForPlan(depsWith(undefined), source, user, plan.id))).toBe('refused');
    const gent = { ...company, regionCodes: ['BE', 'BE-VLG'], seat: undefined };
    const searched = { current: async () => Promise.reject(new Error('the index was read')) };
    expect(await catalogueFitsForPlan(depsWith(gent), searched, user, plan.id)).toMatchObject({
      items: [],
      outsideItaly: true,
    });
  });
});
