import { describe, expect, it } from 'vitest';
import type { Call } from '../../shared/calls/call-schema';
import { callRulesSchema } from '../../shared/eligibility/call-rules-schema';
import { pidLombardiaRules } from '../../shared/fixtures/schemes';
import type { CallStore } from '../calls/call-store';
import { OpenCallsIndex } from './open-calls-index';

const call = (id: string, closesAt: string): Call => ({
  id,
  ownerOrgId: 'assoc',
  status: 'published',
  title: id,
  description: '',
  closesAt,
  timeZone: 'Europe/Rome',
  budgetCents: 1,
  rules: callRulesSchema.parse(pidLombardiaRules),
  questions: [],
  version: 1,
  revision: 2,
  createdAt: '2025-01-01T00:00:00Z',
});

/** A store whose reads are counted, and can be made to wait or fail. */
interface FakeStore extends Pick<CallStore, 'listPublishedClosingAfter'> {
  reads: number;
  calls: Call[];
  gate: Promise<void>;
  fail: boolean;
}

function fakeStore(calls: Call[]): FakeStore {
  const store: FakeStore = {
    reads: 0,
    calls,
    gate: Promise.resolve(),
    fail: false,
    async listPublishedClosingAfter(after: string) {
      store.reads += 1;
      await store.gate;
      if (store.fail) throw new Error('DynamoDB is down');
      return {
        items: store.calls.filter((c) => Date.parse(c.closesAt) > Date.parse(after)),
        cursor: undefined,
      };
    },
  };
  return store;
}

const nine = new Date('2025-03-01T09:00:00Z');

describe('OpenCallsIndex', () => {
  it('reads the calls once per change counter, and again when it moves', async () => {
    const store = fakeStore([call('A', '2025-06-30T12:00:00+02:00')]);
    const index = new OpenCallsIndex(store);
    expect((await index.openAt({ changes: 3 }, nine)).map((c) => c.id)).toEqual(['A']);
    await index.openAt({ changes: 3 }, nine);
    expect(store.reads).toBe(1);
    store.calls = [...store.calls, call('B', '2025-06-30T12:00:00+02:00')];
    expect((await index.openAt({ changes: 4 }, nine)).map((c) => c.id)).toEqual(['A', 'B']);
    expect(store.reads).toBe(2);
  });

  it('shares one read among requests that find the same new counter', async () => {
    const store = fakeStore([call('A', '2025-06-30T12:00:00+02:00')]);
    let open = () => {};
    store.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const index = new OpenCallsIndex(store);
    const requests = [
      index.openAt({ changes: 1 }, nine),
      index.openAt({ changes: 1 }, nine),
      index.openAt({ changes: 1 }, nine),
    ];
    open();
    expect((await Promise.all(requests)).map((calls) => calls.length)).toEqual([1, 1, 1]);
    expect(store.reads).toBe(1);
  });

  it('leaves out a call whose deadline has passed, without a read', async () => {
    const store = fakeStore([call('A', '2025-06-30T12:00:00+02:00'), call('B', '2025-03-01T11:00:00+01:00')]);
    const index = new OpenCallsIndex(store);
    expect(await index.openAt({ changes: 1 }, nine)).toHaveLength(2);
    expect((await index.openAt({ changes: 1 }, new Date('2025-03-01T10:00:00Z'))).map((c) => c.id)).toEqual([
      'A',
    ]);
    expect(store.reads).toBe(1);
  });

  it('never serves a read made under one counter for another, whatever order reads finish in', async () => {
    const store = fakeStore([call('A', '2025-06-30T12:00:00+02:00')]);
    let openOld = () => {};
    store.gate = new Promise<void>((resolve) => {
      openOld = resolve;
    });
    const index = new OpenCallsIndex(store);
    const old = index.openAt({ changes: 4 }, nine);
    // The newer counter's read sees call B and finishes first; the older read finishes after it.
    store.gate = Promise.resolve();
    store.calls = [...store.calls, call('B', '2025-06-30T12:00:00+02:00')];
    expect((await index.openAt({ changes: 5 }, nine)).map((c) => c.id)).toEqual(['A', 'B']);
    openOld();
    await old;
    expect((await index.openAt({ changes: 5 }, nine)).map((c) => c.id)).toEqual(['A', 'B']);
  });

  it('keeps reading while the open-calls index may still be catching up with the last change', async () => {
    const store = fakeStore([call('A', '2025-06-30T12:00:00+02:00')]);
    const index = new OpenCallsIndex(store, 5_000);
    // A change at 09:00:00 whose call the secondary index does not show yet.
    const stamp = { changes: 1, changedAt: '2025-03-01T09:00:00Z' };
    expect(await index.openAt(stamp, new Date('2025-03-01T09:00:01Z'))).toHaveLength(1);
    store.calls = [...store.calls, call('B', '2025-06-30T12:00:00+02:00')];
    expect(await index.openAt(stamp, new Date('2025-03-01T09:00:02Z'))).toHaveLength(2);
    expect(store.reads).toBe(2);
    // Read after the window: kept, and the next requests read nothing.
    await index.openAt(stamp, new Date('2025-03-01T09:00:06Z'));
    await index.openAt(stamp, new Date('2025-03-01T09:00:07Z'));
    expect(store.reads).toBe(3);
  });

  it('answers a failed read with its error, and reads again on the next request', async () => {
    const store = fakeStore([call('A', '2025-06-30T12:00:00+02:00')]);
    const index = new OpenCallsIndex(store);
    store.fail = true;
    await expect(index.openAt({ changes: 1 }, nine)).rejects.toThrow('DynamoDB is down');
    store.fail = false;
    expect(await index.openAt({ changes: 1 }, nine)).toHaveLength(1);
    expect(store.reads).toBe(2);
  });
});
