/**
 * The warm index of open calls (ADR 0018) on DynamoDB Local, with two functions on one table: the
 * one that matches keeps the parsed calls, and sees at once every call another function publishes,
 * corrects or closes — while a request with nothing changed reads no call at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milanRestaurant, milanRestaurantPlan, pidLombardiaRules } from '../../shared/fixtures/schemes';
import { createTestApi, type TestApi } from './support/test-api';

const sme = { role: 'sme', orgId: 'sme-milano' } as const;
const association = { role: 'association', orgId: 'assoc-pid' } as const;
const { id: _id, ...profile } = milanRestaurant;
const { id: _planId, companyId: _companyId, ...planBody } = milanRestaurantPlan;

describe('matches from the warm index of open calls, across functions', () => {
  let api: TestApi;
  let clock = new Date('2025-03-01T09:00:00Z');
  const actions: string[] = [];
  let smeToken: string;
  let assocToken: string;
  let matcher: TestApi['request'];
  let matchesPath: string;

  beforeAll(async () => {
    api = await createTestApi({ now: () => clock, onTableActions: (sent) => actions.push(...sent) });
    smeToken = await api.tokenFor(sme);
    assocToken = await api.tokenFor(association);
    await api.request('PUT', '/api/companies/mine', { token: smeToken, body: { ...profile, revision: 0 } });
    const plan = await api.request('POST', '/api/plans', { token: smeToken, body: planBody });
    matchesPath = `/api/plans/${plan.body.plan.id}/matches`;
    // The SME's matches come from one function; the association writes through another.
    matcher = api.anotherFunction();
  });
  afterAll(() => api.dispose());

  const matchedIds = async () => {
    const response = await matcher('GET', matchesPath, { token: smeToken });
    expect(response.status).toBe(200);
    return response.body.items.map((m: { callId: string; callVersion: number }) => m.callId).sort();
  };
  const callBody = (title: string, closesAt: string) => ({
    title,
    closesAt,
    timeZone: 'Europe/Rome',
    budgetCents: 100_000_00,
    rules: pidLombardiaRules,
  });
  const draft = async (title: string, closesAt: string) => {
    const created = await api.request('POST', '/api/calls', {
      token: assocToken,
      body: callBody(title, closesAt),
    });
    expect(created.status).toBe(201);
    return created.body as { id: string; revision: number };
  };
  const publish = async (id: string) =>
    expect((await api.request('POST', `/api/calls/${id}/publish`, { token: assocToken })).status).toBe(200);

  it('counts only writes of calls that are not drafts', async () => {
    expect(await matchedIds()).toEqual([]);
    const call = await draft('PID draft', '2025-06-30T12:00:00+02:00');
    const edited = await api.request('PUT', `/api/calls/${call.id}`, {
      token: assocToken,
      body: { ...callBody('PID draft, edited', '2025-06-30T12:00:00+02:00'), revision: call.revision },
    });
    expect(edited.status).toBe(200);
    expect((await api.deps.calls.openCallChanges()).changes).toBe(0);
    await publish(call.id);
    expect(await api.deps.calls.openCallChanges()).toEqual({ changes: 1, changedAt: clock.toISOString() });
  });

  it('sees a call another function publishes at once, and reads no call while nothing changed', async () => {
    const before = await matchedIds();
    const call = await draft('PID second window', '2025-06-30T12:00:00+02:00');
    await publish(call.id);
    expect(await matchedIds()).toEqual([...before, call.id].sort());

    // Once the secondary index has had time to catch up with the change, the calls read are kept…
    clock = new Date(clock.getTime() + 6_000);
    await matchedIds();
    actions.length = 0;
    await matchedIds();
    // …and the next request reads the plan, the profile and the change counter: no Query of the open calls.
    expect(actions.sort()).toEqual(['GetItem', 'GetItem', 'GetItem']);
  });

  it('leaves out a call whose deadline passed since the index was built, and one another function closed', async () => {
    const soon = await draft('PID closing at ten', '2025-03-01T11:00:00+01:00');
    await publish(soon.id);
    expect(await matchedIds()).toContain(soon.id);
    clock = new Date('2025-03-01T10:30:00Z');
    expect(await matchedIds()).not.toContain(soon.id);

    const [open] = await matchedIds();
    const stored = await api.request('GET', `/api/calls/${open}`);
    const closed = await api.request('POST', `/api/calls/${open}/close`, {
      token: assocToken,
      body: { revision: stored.body.revision },
    });
    expect(closed.status).toBe(200);
    expect(await matchedIds()).not.toContain(open);
  });

  it('matches against the corrected version once another function issues an erratum', async () => {
    const [id] = await matchedIds();
    const stored = await api.request('GET', `/api/calls/${id}`);
    const erratum = await api.request('POST', `/api/calls/${id}/errata`, {
      token: assocToken,
      body: { revision: stored.body.revision, rules: pidLombardiaRules, description: 'Corrected art. 5.' },
    });
    expect(erratum.status).toBe(200);
    const response = await matcher('GET', matchesPath, { token: smeToken });
    expect(response.body.items.find((m: { callId: string }) => m.callId === id).callVersion).toBe(2);
  });

  it('counts every one of many publications made at the same moment, and none of them fails', async () => {
    const { changes: before } = await api.deps.calls.openCallChanges();
    const drafts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => draft(`PID window ${i}`, '2025-06-30T12:00:00+02:00')),
    );
    // Every publication's transaction adds to the one counter. DynamoDB Local queues transactions on
    // one item rather than cancelling them, so the retry on TransactionConflict that AWS needs is
    // proven in functions/data/transact-write.test.ts; here, that no increment is lost.
    const published = await Promise.all(
      drafts.map((call) => api.request('POST', `/api/calls/${call.id}/publish`, { token: assocToken })),
    );
    expect(published.map((response) => response.status)).toEqual(drafts.map(() => 200));
    expect((await api.deps.calls.openCallChanges()).changes).toBe(before + 12);
  });
});
