/**
 * What every ConsultancyStore adapter does, run against each: in memory (unit project, no JVM) and on
 * DynamoDB Local (integration project) — listing over a revision, and the directory in name order.
 */
import { describe, expect, it } from 'vitest';
import { consultancySchema } from '../../shared/consultancies/consultancy-schema';
import type { PageRequest } from '../calls/call-store';
import { ConflictError, InvalidCursorError } from '../data/store-errors';
import type { ConsultancyRecord, ConsultancyStore } from './consultancy-store';

export function consultancyRecord(id: string, name: string, revision: number): ConsultancyRecord {
  const consultancy = consultancySchema.parse({ id, name, place: 'Milano', languages: ['it', 'en'] });
  return { consultancy, revision, updatedAt: '2026-12-03T08:00:00.000Z' };
}

async function directory(store: ConsultancyStore, limit: number): Promise<string[]> {
  const names: string[] = [];
  let request: PageRequest = { limit };
  for (let pages = 0; pages < 20; pages++) {
    const page = await store.page(request);
    names.push(...page.items.map((c) => c.name));
    if (!page.cursor) return names;
    request = { limit, cursor: page.cursor };
  }
  throw new Error('paging did not end');
}

export function consultancyStoreContract(adapter: string, make: () => Promise<ConsultancyStore>): void {
  describe(`ConsultancyStore contract: ${adapter}`, () => {
    it('gives back what was put, and writes only over the revision it was read at', async () => {
      const store = await make();
      expect(await store.get('c1')).toBeUndefined();
      const record = consultancyRecord('c1', 'Studio Rossi', 1);
      await store.put(record, 0);
      expect(await store.get('c1')).toEqual(record);
      await expect(store.put(consultancyRecord('c1', 'Other', 1), 0)).rejects.toBeInstanceOf(ConflictError);
      await store.put(consultancyRecord('c1', 'Studio Rossi & Co', 2), 1);
      await expect(store.put(consultancyRecord('c1', 'Stale', 2), 1)).rejects.toBeInstanceOf(ConflictError);
    });

    it('lists the directory by name, accents and case folded, each once across pages; a rename moves a listing', async () => {
      const store = await make();
      const names = { c1: 'Zeta Advies', c2: 'ébano consulting', c3: 'Eco Digitale', c4: 'alfa studio' };
      for (const [id, name] of Object.entries(names)) await store.put(consultancyRecord(id, name, 1), 0);
      const ordered = ['alfa studio', 'ébano consulting', 'Eco Digitale', 'Zeta Advies'];
      expect(await directory(store, 3)).toEqual(ordered);
      expect(await directory(store, 1)).toEqual(ordered);
      await store.put(consultancyRecord('c1', 'Beta Advies', 2), 1);
      expect(await directory(store, 2)).toEqual([
        'alfa studio',
        'Beta Advies',
        'ébano consulting',
        'Eco Digitale',
      ]);
      await expect(store.page({ limit: 2, cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
    });
  });
}
