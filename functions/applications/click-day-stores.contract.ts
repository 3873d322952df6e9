/**
 * What every adapter of the click-day ports does, run against each: in memory (unit project, no JVM)
 * and on DynamoDB Local (integration project). The budget and the applications are one contract
 * because their writes meet in one transaction (a withdrawal frees a grant on the budget, a promotion
 * takes one, the reconciler releases a dead submit's marker), as ADR 0012's invariant needs:
 * never over-committed, receipt order is reservation order, nothing orphaned, freed grants kept for
 * the waitlist.
 */
import { describe, expect, it } from 'vitest';
import type { Application, ApplicationStatus } from '../../shared/applications/application-schema';
import type { EligibilityReport } from '../../shared/eligibility/report';
import type { AuditEntry } from '../audit/audit-entry';
import type { AuditStore } from '../audit/audit-store';
import { ConflictError } from '../data/store-errors';
import type { ApplicationStore, BudgetStore, IdempotencyStore } from './application-ports';

export interface ClickDayStores {
  budgets: BudgetStore;
  applications: ApplicationStore;
  idempotency: IdempotencyStore;
  audit: AuditStore;
}

const GRANT = 1_000_00;
const AT = '2026-03-10T09:00:00.000Z';
const LATER = '2026-03-10T09:05:00.000Z';

function entry(id: string, action: string): AuditEntry {
  return {
    resource: 'application',
    resourceId: id,
    at: AT,
    actor: { sub: 'contract', orgId: 'contract', roles: [] },
    action,
    changes: {},
  };
}

function application(i: number, receiptNo: number, status: ApplicationStatus, callId = 'CALL1'): Application {
  return {
    id: `APP${String(i).padStart(23, '0')}`,
    companyId: `sme-${i}`,
    callId,
    callTitle: 'Contract call',
    callVersion: 1,
    planId: `PLAN${i}`,
    status,
    receipt: { receiptNo, receivedAt: AT },
    reservedCents: status === 'reserved' ? GRANT : 0,
    requestedGrantCents: GRANT,
    declarations: [],
    answers: {},
    report: { fundable: true } as unknown as EligibilityReport,
    revision: 1,
  };
}

/** Submits as the use case does: key, place, receipt, then the application in its transaction (other contracts need applications too). */
export async function submit(stores: ClickDayStores, i: number, callId = 'CALL1'): Promise<Application> {
  const draft = application(i, 0, 'submitted', callId);
  const key = `contract-key-${i}`;
  expect(
    await stores.idempotency.claim(draft.companyId, key, { applicationId: draft.id, requestHash: 'h' }),
  ).toBe('claimed');
  expect(await stores.applications.claimSlot(draft.companyId, callId, draft.id, LATER)).toBeUndefined();
  const outcome = await stores.budgets.receive(callId, draft.id, GRANT, 2 * GRANT);
  if (!outcome) throw new Error('no receipt');
  const stored: Application = {
    ...draft,
    status: outcome.reservedCents > 0 ? 'reserved' : 'waitlisted',
    reservedCents: outcome.reservedCents,
    receipt: { receiptNo: outcome.receiptNo, receivedAt: AT },
  };
  await stores.applications.create(stored, { orgId: draft.companyId, key }, entry(draft.id, 'submitted'));
  await stores.budgets.settle(callId, draft.id, outcome.receiptNo);
  await stores.applications.clearClaim(draft.companyId, callId, draft.id);
  return stored;
}

export function clickDayStoresContract(adapter: string, make: () => Promise<ClickDayStores>): void {
  describe(`click-day stores contract (budget + applications): ${adapter}`, () => {
    it('reserves while the budget holds a grant, then gives receipts only; a retry in flight gets its first outcome', async () => {
      const { budgets } = await make();
      await budgets.open('CALL1', 2 * GRANT);
      await budgets.open('CALL1', 99 * GRANT);
      expect(await budgets.receive('CALL1', 'A', GRANT, 2 * GRANT)).toEqual({
        receiptNo: 1,
        reservedCents: GRANT,
      });
      expect(await budgets.receive('CALL1', 'A', GRANT, 2 * GRANT)).toEqual({
        receiptNo: 1,
        reservedCents: GRANT,
      });
      expect(await budgets.receive('CALL1', 'B', GRANT, 2 * GRANT)).toEqual({
        receiptNo: 2,
        reservedCents: GRANT,
      });
      expect(await budgets.receive('CALL1', 'C', GRANT, 2 * GRANT)).toEqual({
        receiptNo: 3,
        reservedCents: 0,
      });
      // A smaller grant arriving later still fits nothing: the budget is spent to the cent.
      expect(await budgets.receive('CALL1', 'D', 1, 2 * GRANT)).toEqual({ receiptNo: 4, reservedCents: 0 });
      expect(await budgets.get('CALL1')).toEqual({
        budgetCents: 2 * GRANT,
        reservedCents: 2 * GRANT,
        received: 4,
        freedCents: 0,
      });
      expect(await budgets.marker('CALL1', 'C')).toEqual({ receiptNo: 3, reservedCents: 0 });
      // Nobody may be promoted from the first receipt in flight that will be waitlisted.
      expect((await budgets.allocation('CALL1'))?.waitlistFrozenFrom).toBe(3);
      await budgets.settle('CALL1', 'C', 3);
      await budgets.settle('CALL1', 'D', 99);
      expect(await budgets.marker('CALL1', 'C')).toBeUndefined();
      expect((await budgets.allocation('CALL1'))?.waitlistFrozenFrom).toBe(4);
    });

    it('never over-commits, however many receive at once: receipts unique, the first ones reserved', async () => {
      const { budgets } = await make();
      await budgets.open('CALL1', 5 * GRANT);
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) => budgets.receive('CALL1', `A${i}`, GRANT, 5 * GRANT)),
      );
      const receipts = outcomes.map((o) => o?.receiptNo).sort((a, b) => (a ?? 0) - (b ?? 0));
      expect(receipts).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const reserved = outcomes.filter((o) => (o?.reservedCents ?? 0) > 0).map((o) => o?.receiptNo);
      expect(reserved.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5]);
      expect((await budgets.get('CALL1'))?.reservedCents).toBe(5 * GRANT);
    });

    it('keeps a released reservation for the waitlist, and gives it back to newcomers only if nothing was received since', async () => {
      const { budgets } = await make();
      await budgets.open('CALL1', 2 * GRANT);
      const outcome = await budgets.receive('CALL1', 'A', GRANT, 2 * GRANT);
      if (!outcome) throw new Error('no receipt');
      await budgets.release('CALL1', 'A', outcome);
      await budgets.release('CALL1', 'A', outcome);
      expect(await budgets.get('CALL1')).toMatchObject({
        reservedCents: GRANT,
        freedCents: GRANT,
        received: 1,
      });
      expect(await budgets.marker('CALL1', 'A')).toBeUndefined();
      expect(await budgets.withFreedGrants()).toEqual(['CALL1']);
      expect(await budgets.returnToPool('CALL1', GRANT, 0)).toBe(false);
      expect(await budgets.returnToPool('CALL1', GRANT, 1)).toBe(true);
      expect(await budgets.get('CALL1')).toMatchObject({ reservedCents: 0, freedCents: 0 });
      expect(await budgets.withFreedGrants()).toEqual([]);
    });

    it('writes an application only with its key and its place, once; lists it by company, by call and in the waitlist', async () => {
      const stores = await make();
      await stores.budgets.open('CALL1', 2 * GRANT);
      const written = [await submit(stores, 1), await submit(stores, 2), await submit(stores, 3)];
      expect(written.map((a) => a.status)).toEqual(['reserved', 'reserved', 'waitlisted']);
      expect(await stores.applications.get('sme-3', written[2]?.id ?? '')).toEqual(written[2]);
      expect(await stores.applications.get('sme-1', written[2]?.id ?? '')).toBeUndefined();
      expect((await stores.idempotency.get('sme-1', 'contract-key-1'))?.done).toBe(true);
      expect(await stores.applications.slotHolder('sme-1', 'CALL1')).toBe(written[0]?.id);
      // The place is held: another application of that company is told who holds it.
      expect(await stores.applications.claimSlot('sme-1', 'CALL1', 'OTHER', LATER)).toBe(written[0]?.id);
      // Written again, or without its key: refused, nothing changes.
      await expect(
        stores.applications.create(
          written[0] as Application,
          { orgId: 'sme-1', key: 'contract-key-1' },
          entry('x', 'x'),
        ),
      ).rejects.toBeInstanceOf(ConflictError);
      const byCall = await stores.applications.listByCall('CALL1', { limit: 2 });
      expect(byCall.items.map((a) => a.receipt.receiptNo)).toEqual([1, 2]);
      const rest = await stores.applications.listByCall('CALL1', { limit: 2, cursor: byCall.cursor });
      expect(rest.items.map((a) => a.receipt.receiptNo)).toEqual([3]);
      expect((await stores.applications.waitlist('CALL1', { limit: 10 })).items.map((a) => a.id)).toEqual([
        written[2]?.id,
      ]);
      expect(await stores.applications.waitlistQueue('CALL1')).toEqual([{ receiptNo: 3, grantCents: GRANT }]);
      expect((await stores.applications.pageByCompany('sme-2', { limit: 10 })).items).toEqual([written[1]]);
      expect(await stores.audit.list('application', written[0]?.id ?? '')).toHaveLength(1);
    });

    it('withdraws on the revision read, keeping a reserved grant for the waitlist and freeing the place; promotion takes it once', async () => {
      const stores = await make();
      await stores.budgets.open('CALL1', 2 * GRANT);
      const [first, , third] = [await submit(stores, 1), await submit(stores, 2), await submit(stores, 3)];
      if (!first || !third) throw new Error('not submitted');
      const withdrawn = await stores.applications.withdraw(first, (next) => entry(next.id, 'withdrawn'));
      expect(withdrawn).toMatchObject({ status: 'withdrawn', reservedCents: 0, revision: 2 });
      await expect(
        stores.applications.withdraw(first, (next) => entry(next.id, 'withdrawn')),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await stores.applications.slotHolder('sme-1', 'CALL1')).toBeUndefined();
      expect(await stores.budgets.get('CALL1')).toMatchObject({
        reservedCents: 2 * GRANT,
        freedCents: GRANT,
      });

      const promoted = await stores.applications.promote(third, (next) => entry(next.id, 'promoted'));
      expect(promoted).toMatchObject({ status: 'reserved', reservedCents: GRANT, revision: 2 });
      expect(await stores.applications.promote(third, (next) => entry(next.id, 'promoted'))).toBe(false);
      expect(await stores.budgets.get('CALL1')).toMatchObject({ reservedCents: 2 * GRANT, freedCents: 0 });
      expect((await stores.applications.waitlist('CALL1', { limit: 10 })).items).toEqual([]);
      expect(await stores.applications.waitlistQueue('CALL1')).toEqual([]);
      expect((await stores.audit.list('application', third.id)).map((e) => e.action)).toEqual([
        'submitted',
        'promoted',
      ]);
    });

    it('finds a dead submit’s claim after its deadline and releases its place and reservation once; a finished one only leaves the index', async () => {
      const stores = await make();
      await stores.budgets.open('CALL1', 2 * GRANT);
      const finished = await submit(stores, 1);
      // A submit that died after its receipt: place claimed, marker on the budget, no application.
      expect(await stores.applications.claimSlot('sme-2', 'CALL1', 'DEAD', AT)).toBeUndefined();
      const marker = await stores.budgets.receive('CALL1', 'DEAD', GRANT, 2 * GRANT);
      expect(await stores.applications.expiredClaims('2026-03-10T09:01:00.000Z', 10)).toEqual([
        { companyId: 'sme-2', callId: 'CALL1', applicationId: 'DEAD', deadline: AT },
      ]);
      const [claim] = await stores.applications.expiredClaims('2026-03-10T09:01:00.000Z', 10);
      if (!claim) throw new Error('no claim');
      expect(await stores.applications.releaseClaim(claim, marker, entry('CALL1', 'released'))).toBe(true);
      expect(await stores.applications.releaseClaim(claim, marker, entry('CALL1', 'released'))).toBe(false);
      expect(await stores.applications.slotHolder('sme-2', 'CALL1')).toBeUndefined();
      expect(await stores.budgets.get('CALL1')).toMatchObject({
        reservedCents: 2 * GRANT,
        freedCents: GRANT,
      });
      // The finished submit's claim left the index when it settled, its place kept.
      expect(await stores.applications.expiredClaims('2026-03-10T10:00:00.000Z', 10)).toEqual([]);
      expect(await stores.applications.slotHolder('sme-1', 'CALL1')).toBe(finished.id);
    });
  });
}
