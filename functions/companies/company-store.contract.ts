/**
 * What every CompanyStore adapter does, run against each: in memory (unit project, no JVM) and on
 * DynamoDB Local (integration project). A use-case or route test on the in-memory adapter holds on
 * DynamoDB because both pass this.
 */
import { describe, expect, it } from 'vitest';
import { companySchema } from '../../shared/companies/company-schema';
import { classifySize } from '../../shared/eligibility/size-class';
import { ConflictError } from '../data/store-errors';
import type { CompanyRecord, CompanyStore } from './company-store';

export function companyRecord(id: string, revision: number, name = id): CompanyRecord {
  const company = companySchema.parse({
    id,
    name,
    regionCodes: ['IT', 'IT-25', 'ITC4', 'IT-BG'],
    sectorCode: '10.71',
    registeredOn: '2015-03-01',
    figures: { staffAwu: 12, turnoverCents: 1_200_000_00, balanceSheetCents: 600_000_00 },
    deMinimisReceived: [{ grantedOn: '2025-03-01', cents: 9_000_00, kind: 'gber' }],
  });
  return { company, sizeClass: classifySize(company), revision, updatedAt: '2026-12-03T08:00:00.000Z' };
}

export function companyStoreContract(adapter: string, make: () => Promise<CompanyStore>): void {
  describe(`CompanyStore contract: ${adapter}`, () => {
    it('answers undefined for a company with no profile, and gives back what was put', async () => {
      const store = await make();
      expect(await store.get('nobody')).toBeUndefined();
      const record = companyRecord('bakery', 1);
      await store.put(record, 0);
      expect(await store.get('bakery')).toEqual(record);
      expect(await store.get('printer')).toBeUndefined();
    });

    it('writes only over the revision it was read at: a second first save and a stale save are conflicts', async () => {
      const store = await make();
      await store.put(companyRecord('bakery', 1), 0);
      await expect(store.put(companyRecord('bakery', 1, 'Another first'), 0)).rejects.toBeInstanceOf(
        ConflictError,
      );
      await store.put(companyRecord('bakery', 2, 'Renamed'), 1);
      await expect(store.put(companyRecord('bakery', 2, 'Stale'), 1)).rejects.toBeInstanceOf(ConflictError);
      expect((await store.get('bakery'))?.company.name).toBe('Renamed');
    });

    it('keeps what is stored apart from the caller’s objects', async () => {
      const store = await make();
      const record = companyRecord('bakery', 1);
      await store.put(record, 0);
      record.company.name = 'Changed after saving';
      const read = await store.get('bakery');
      if (read) read.company.name = 'Changed after reading';
      expect((await store.get('bakery'))?.company.name).toBe('bakery');
    });
  });
}
