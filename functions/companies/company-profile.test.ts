/** The company-profile use cases on an in-memory store: no JVM, the same rules as on DynamoDB. */
import { describe, expect, it } from 'vitest';
import { companyProfileInputSchema } from '../../shared/companies/company-schema';
import { milanRestaurant } from '../../shared/fixtures/schemes';
import type { AuthUser } from '../auth/token-verifier';
import { ConflictError, StaleRevisionError } from '../data/store-errors';
import { NotFoundError } from '../errors/use-case-errors';
import { ownCompanyProfile, saveCompanyProfile } from './company-profile';
import type { CompanyRecord, CompanyStore } from './company-store';

function memoryCompanies(): CompanyStore {
  const records = new Map<string, CompanyRecord>();
  return {
    get: async (orgId) => records.get(orgId),
    put: async (record, expected) => {
      if ((records.get(record.company.id)?.revision ?? 0) !== expected) throw new ConflictError('stale');
      records.set(record.company.id, record);
    },
  };
}

const sme: AuthUser = { sub: 'u1', roles: ['sme'], orgId: 'sme-own' };
const { id: _id, ...fixture } = milanRestaurant;
/** The input as the route's validation leaves it (defaults filled in). */
const input = (over: object) => companyProfileInputSchema.parse({ ...fixture, ...over });

describe('company profile', () => {
  it('is saved under the caller’s organisation, with its size class', async () => {
    const deps = { companies: memoryCompanies(), now: () => new Date('2026-12-02T09:00:00Z') };
    await expect(ownCompanyProfile(deps, sme)).rejects.toBeInstanceOf(NotFoundError);
    const saved = await saveCompanyProfile(deps, sme, input({ revision: 0 }));
    expect(saved.company.id).toBe('sme-own');
    expect(saved.sizeClass.sizeClass).toBe('micro');
    expect(saved.revision).toBe(1);
    expect(await ownCompanyProfile(deps, sme)).toEqual(saved);
  });

  it('refuses a lost race with the stored profile, so the client loses nothing', async () => {
    const deps = { companies: memoryCompanies(), now: () => new Date('2026-12-02T09:00:00Z') };
    const first = await saveCompanyProfile(deps, sme, input({ revision: 0 }));
    const stale = saveCompanyProfile(deps, sme, input({ name: 'Renamed', revision: 0 }));
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(stale).rejects.toMatchObject({ current: first });
  });
});
