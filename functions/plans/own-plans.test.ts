/** The plan use cases on an in-memory store: no JVM, the same rules as on DynamoDB. */
import { describe, expect, it } from 'vitest';
import { milanRestaurantPlan } from '../../shared/fixtures/schemes';
import { planInputSchema } from '../../shared/plans/plan-schema';
import type { AuthUser } from '../auth/token-verifier';
import { ConflictError, StaleRevisionError } from '../data/store-errors';
import { NotFoundError } from '../errors/use-case-errors';
import { createPlan, ownPlan, updatePlan } from './own-plans';
import type { PlanRecord, PlanStore } from './plan-store';

function memoryPlans(): PlanStore {
  const records = new Map<string, PlanRecord>();
  const key = (companyId: string, planId: string) => `${companyId}/${planId}`;
  return {
    get: async (companyId, planId) => records.get(key(companyId, planId)),
    list: async (companyId) => [...records.values()].filter((r) => r.plan.companyId === companyId),
    page: async (companyId) => ({
      items: [...records.values()].filter((r) => r.plan.companyId === companyId),
    }),
    put: async (record, expected) => {
      const id = key(record.plan.companyId, record.plan.id);
      if ((records.get(id)?.revision ?? 0) !== expected) throw new ConflictError('stale');
      records.set(id, record);
    },
  };
}

const own: AuthUser = { sub: 'u1', roles: ['sme'], orgId: 'sme-own' };
const other: AuthUser = { sub: 'u2', roles: ['sme'], orgId: 'sme-other' };
const { id: _id, companyId: _owner, ...fixture } = milanRestaurantPlan;
const body = planInputSchema.parse(fixture);
let ids = 0;
const deps = () => ({
  plans: memoryPlans(),
  now: () => new Date('2026-12-02T09:00:00Z'),
  newId: () => `01PLAN${String(++ids).padStart(20, '0')}`,
});

describe('own plans', () => {
  it('are created under the caller’s organisation with a new id, and are nobody else’s', async () => {
    const d = deps();
    const created = await createPlan(d, own, { ...body, revision: 0 });
    expect(created.plan.companyId).toBe('sme-own');
    expect(await ownPlan(d, 'sme-own', created.plan.id)).toEqual(created);
    await expect(ownPlan(d, 'sme-other', created.plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updatePlan(d, other, created.plan.id, { ...body, revision: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuse a lost race with the stored plan', async () => {
    const d = deps();
    const created = await createPlan(d, own, { ...body, revision: 0 });
    const newer = await updatePlan(d, own, created.plan.id, { ...body, title: 'Newer', revision: 1 });
    const stale = updatePlan(d, own, created.plan.id, { ...body, title: 'Stale', revision: 1 });
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(stale).rejects.toMatchObject({ current: newer });
  });
});
