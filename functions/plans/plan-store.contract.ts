/**
 * What every PlanStore adapter does, run against each: in memory (unit project, no JVM) and on
 * DynamoDB Local (integration project) — saving over a revision, and paging a company's plans.
 */
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/plans/plan-schema';
import type { PageRequest } from '../calls/call-store';
import { ConflictError, InvalidCursorError } from '../data/store-errors';
import type { PlanRecord, PlanStore } from './plan-store';

export function planRecord(companyId: string, id: string, revision: number, title = id): PlanRecord {
  const plan = planSchema.parse({
    id,
    companyId,
    title,
    projectPeriod: { from: '2027-01-01', to: '2027-06-30' },
    lines: [
      {
        id: 'crm',
        category: 'consulting',
        description: 'CRM set-up consulting',
        amountCents: 3_000_00,
        date: '2027-02-01',
      },
    ],
  });
  return { plan, revision, updatedAt: '2026-12-03T08:00:00.000Z' };
}

async function everyPage(store: PlanStore, companyId: string, limit: number) {
  const ids: string[] = [];
  let request: PageRequest = { limit };
  for (let pages = 0; pages < 20; pages++) {
    const page = await store.page(companyId, request);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((r) => r.plan.id));
    if (!page.cursor) return ids;
    request = { limit, cursor: page.cursor };
  }
  throw new Error('paging did not end');
}

export function planStoreContract(adapter: string, make: () => Promise<PlanStore>): void {
  describe(`PlanStore contract: ${adapter}`, () => {
    it('gives back what was put, only to its own company', async () => {
      const store = await make();
      const record = planRecord('bakery', 'p1', 1);
      await store.put(record, 0);
      expect(await store.get('bakery', 'p1')).toEqual(record);
      expect(await store.get('printer', 'p1')).toBeUndefined();
      expect(await store.get('bakery', 'p2')).toBeUndefined();
    });

    it('writes only over the revision it was read at', async () => {
      const store = await make();
      await store.put(planRecord('bakery', 'p1', 1), 0);
      await expect(store.put(planRecord('bakery', 'p1', 1), 0)).rejects.toBeInstanceOf(ConflictError);
      await store.put(planRecord('bakery', 'p1', 2, 'Renamed'), 1);
      await expect(store.put(planRecord('bakery', 'p1', 3), 1)).rejects.toBeInstanceOf(ConflictError);
      expect((await store.get('bakery', 'p1'))?.plan.title).toBe('Renamed');
    });

    it('lists and pages a company’s plans in id order, each once, and no other company’s', async () => {
      const store = await make();
      for (const id of ['p3', 'p1', 'p5', 'p2', 'p4']) await store.put(planRecord('bakery', id, 1), 0);
      await store.put(planRecord('printer', 'p0', 1), 0);
      const all = ['p1', 'p2', 'p3', 'p4', 'p5'];
      expect((await store.list('bakery')).map((r) => r.plan.id)).toEqual(all);
      expect(await everyPage(store, 'bakery', 2)).toEqual(all);
      expect(await everyPage(store, 'bakery', 5)).toEqual(all);
      expect(await everyPage(store, 'nobody', 2)).toEqual([]);
    });

    it('refuses a cursor it did not give, or gave for another company', async () => {
      const store = await make();
      for (const id of ['p1', 'p2', 'p3']) await store.put(planRecord('bakery', id, 1), 0);
      for (const id of ['p1', 'p2', 'p3']) await store.put(planRecord('printer', id, 1), 0);
      const { cursor } = await store.page('bakery', { limit: 1 });
      expect(cursor).toBeDefined();
      await expect(store.page('printer', { limit: 1, cursor })).rejects.toBeInstanceOf(InvalidCursorError);
      await expect(store.page('bakery', { limit: 1, cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
    });
  });
}
