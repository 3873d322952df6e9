/**
 * What every CallStore adapter does (with the AuditStore it writes to), run against each: in memory
 * (unit project, no JVM) and on DynamoDB Local (integration project).
 */
import { describe, expect, it, vi } from 'vitest';
import { type Call, callSchema } from '../../shared/calls/call-schema';
import { pidLombardiaRules } from '../../shared/fixtures/schemes';
import type { AuditEntry } from '../audit/audit-entry';
import type { AuditStore } from '../audit/audit-store';
import { ConflictError, InvalidCursorError } from '../data/store-errors';
import type { CallStore, PageRequest } from './call-store';

export interface CallStores {
  calls: CallStore;
  audit: AuditStore;
}

const actor = { sub: 'anna', orgId: 'assoc-a', roles: ['association'] };

export function callOf(id: string, over: Partial<Call> = {}): Call {
  return callSchema.parse({
    id,
    ownerOrgId: 'assoc-a',
    status: 'draft',
    title: `Call ${id}`,
    description: '',
    closesAt: '2027-06-30T17:00:00+02:00',
    timeZone: 'Europe/Rome',
    budgetCents: 100_000_00,
    rules: pidLombardiaRules,
    questions: [],
    revision: 1,
    createdAt: '2026-12-01T09:00:00.000Z',
    ...over,
  });
}

const entry = (call: Call, action: string, at: string): AuditEntry => ({
  resource: 'call',
  resourceId: call.id,
  at,
  actor,
  action,
  changes: {},
});

async function allPages(list: (page: PageRequest) => Promise<{ items: Call[]; cursor?: string }>) {
  const ids: string[] = [];
  let request: PageRequest = { limit: 2 };
  for (let pages = 0; pages < 20; pages++) {
    const page = await list(request);
    ids.push(...page.items.map((c) => c.id));
    if (!page.cursor) return ids;
    request = { limit: 2, cursor: page.cursor };
  }
  throw new Error('paging did not end');
}

export function callStoreContract(adapter: string, make: () => Promise<CallStores>): void {
  describe(`CallStore contract: ${adapter}`, () => {
    it('creates once, replaces only over the revision read, and audits each write', async () => {
      const { calls, audit } = await make();
      const draft = callOf('C1');
      await calls.create(draft, entry(draft, 'created', '2026-12-01T09:00:00.000Z'));
      expect(await calls.get('C1')).toEqual(draft);
      const changes = await calls.openCallChanges();
      await expect(
        calls.create(
          { ...draft, status: 'published', version: 1 },
          entry(draft, 'lost', '2026-12-01T09:30:00.000Z'),
        ),
      ).rejects.toBeInstanceOf(ConflictError);
      const edited = { ...draft, title: 'Edited', revision: 2 };
      await calls.replace(edited, 1, entry(draft, 'edited', '2026-12-01T10:00:00.000Z'));
      await expect(
        calls.replace(
          { ...draft, status: 'closed', title: 'Stale', revision: 2 },
          1,
          entry(draft, 'lost', '2026-12-01T11:00:00.000Z'),
        ),
      ).rejects.toBeInstanceOf(ConflictError);
      // A lost write leaves no audit entry and moves no counter.
      expect(await calls.openCallChanges()).toEqual(changes);
      expect((await calls.get('C1'))?.title).toBe('Edited');
      expect((await audit.list('call', 'C1')).map((e) => e.action)).toEqual(['created', 'edited']);
      expect(await audit.list('call', 'C2')).toEqual([]);
    });

    it('lists audit entries of the same instant in the order they were written', async () => {
      const { calls, audit } = await make();
      const at = '2026-12-01T09:00:00.000Z';
      let call = callOf('C7');
      const edits = [1, 2, 3, 4, 5];
      // The clock stands still, as if all were written within one millisecond: nothing time-based can
      // order them, only the store's own ids.
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(at) });
      try {
        await calls.create(call, entry(call, 'created', at));
        for (const revision of edits) {
          const next = { ...call, title: `Edit ${revision}`, revision: revision + 1 };
          await calls.replace(next, revision, entry(call, `edit ${revision}`, at));
          call = next;
        }
      } finally {
        vi.useRealTimers();
      }
      expect((await audit.list('call', 'C7')).map((e) => e.action)).toEqual([
        'created',
        ...edits.map((n) => `edit ${n}`),
      ]);
    });

    it('publishes a version with the call and its audit entry, or nothing when the race is lost', async () => {
      const { calls, audit } = await make();
      const draft = callOf('C1');
      await calls.create(draft);
      const published = { ...draft, status: 'published' as const, version: 1, revision: 2 };
      await calls.publishVersion(published, 1, entry(draft, 'published', '2026-12-01T10:00:00.000Z'));
      expect(await calls.getVersion('C1', 1)).toEqual(published);
      const lost = { ...published, version: 2, title: 'Lost', revision: 3 };
      await expect(
        calls.publishVersion(lost, 1, entry(draft, 'erratum', '2026-12-01T11:00:00.000Z')),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await calls.getVersion('C1', 2)).toBeUndefined();
      expect((await audit.list('call', 'C1')).map((e) => e.action)).toEqual(['published']);
      expect((await calls.get('C1'))?.revision).toBe(2);
      // A call that is not stored is not published.
      const ghost = callOf('C9', { status: 'published', version: 1, revision: 2 });
      await expect(
        calls.publishVersion(ghost, 1, entry(ghost, 'published', '2026-12-01T12:00:00.000Z')),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await calls.get('C9')).toBeUndefined();
      expect(await calls.getVersion('C9', 1)).toBeUndefined();
      expect(await audit.list('call', 'C9')).toEqual([]);
    });

    it('counts every write of a call that is not a draft, and only those', async () => {
      const { calls } = await make();
      const before = await calls.openCallChanges();
      const draft = callOf('C1');
      await calls.create(draft);
      await calls.replace({ ...draft, title: 'Still a draft', revision: 2 }, 1);
      expect((await calls.openCallChanges()).changes).toBe(before.changes);
      const published = { ...draft, status: 'published' as const, version: 1, revision: 3 };
      await calls.publishVersion(published, 2, entry(draft, 'published', '2026-12-01T10:00:00.000Z'));
      await calls.replace({ ...published, status: 'closed', revision: 4 }, 3);
      await calls.create(callOf('C2', { status: 'published', version: 1 }));
      const after = await calls.openCallChanges();
      expect(after.changes).toBe(before.changes + 3);
      expect(after.changedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it('lists published calls closing after an instant, soonest first, across pages', async () => {
      const { calls } = await make();
      const deadlines = {
        C1: '2027-03-01T12:00:00+01:00',
        C2: '2027-01-15T12:00:00+01:00',
        C3: '2026-11-01T12:00:00+01:00', // already closed by the clock
        C4: '2027-02-01T12:00:00+01:00',
        C5: '2027-02-01T12:00:00+01:00',
      };
      for (const [id, closesAt] of Object.entries(deadlines)) {
        await calls.create(callOf(id, { closesAt, status: 'published', version: 1 }));
      }
      await calls.create(callOf('C6', { closesAt: '2027-01-20T12:00:00+01:00' })); // a draft
      const closed = callOf('C7', { closesAt: '2027-01-21T12:00:00+01:00', status: 'published', version: 1 });
      await calls.create(closed);
      await calls.replace({ ...closed, status: 'closed', revision: 2 }, 1);
      const open = await allPages((page) =>
        calls.listPublishedClosingAfter('2026-12-01T00:00:00.000Z', page),
      );
      expect(open).toEqual(['C2', 'C4', 'C5', 'C1']);
      await expect(
        calls.listPublishedClosingAfter('2026-12-01T00:00:00.000Z', { limit: 2, cursor: 'made-up' }),
      ).rejects.toBeInstanceOf(InvalidCursorError);
      // A cursor whose last call has closed since: the next page starts at the clock, nothing repeated.
      const { cursor } = await calls.listPublishedClosingAfter('2026-12-01T00:00:00.000Z', { limit: 1 });
      const later = await calls.listPublishedClosingAfter('2027-01-31T00:00:00.000Z', { limit: 5, cursor });
      expect(later.items.map((c) => c.id)).toEqual(['C4', 'C5', 'C1']);
    });

    it('lists an organisation’s own calls, newest first, across pages', async () => {
      const { calls } = await make();
      await calls.create(callOf('C1', { createdAt: '2026-11-01T09:00:00.000Z' }));
      await calls.create(callOf('C2', { createdAt: '2026-11-03T09:00:00.000Z' }));
      await calls.create(
        callOf('C3', { createdAt: '2026-11-02T09:00:00.000Z', status: 'published', version: 1 }),
      );
      await calls.create(callOf('C4', { ownerOrgId: 'assoc-b' }));
      expect(await allPages((page) => calls.listByOwner('assoc-a', page))).toEqual(['C2', 'C3', 'C1']);
      expect(await allPages((page) => calls.listByOwner('assoc-b', page))).toEqual(['C4']);
      const { cursor } = await calls.listByOwner('assoc-a', { limit: 1 });
      await expect(calls.listByOwner('assoc-b', { limit: 1, cursor })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
    });
  });
}
