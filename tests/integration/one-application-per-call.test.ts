/**
 * Issue #12, findings 4 and 5: only a published, open call takes applications, and a company holds at
 * most one live application per call — also under concurrency — so it cannot hoard a first-come budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstComeHardwareRules, seedSme } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const association = { role: 'association', orgId: 'assoc-one-per-call' } as const;

describe('who may apply to a call, and how often', () => {
  let api: TestApi;
  let associationToken: string;

  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    associationToken = await api.tokenFor(association);
  });
  afterAll(() => api.dispose());

  async function publishCall(budgetCents: number) {
    const created = await api.request('POST', '/api/calls', {
      token: associationToken,
      body: {
        title: 'One per company',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents,
        rules: firstComeHardwareRules('one-per-call'),
      },
    });
    const published = await api.request('POST', `/api/calls/${created.body.id}/publish`, {
      token: associationToken,
    });
    return published.body as { id: string; revision: number; version: number };
  }

  async function sme(orgId: string) {
    const planId = await seedSme(api.deps, orgId, NOW);
    return { token: await api.tokenFor({ role: 'sme', orgId }), planId };
  }

  const submit = (
    who: { token: string; planId: string },
    call: { id: string; version: number },
    key: string,
  ) =>
    api.request('POST', '/api/applications', {
      token: who.token,
      body: { planId: who.planId, callId: call.id, callVersion: call.version },
      headers: { 'idempotency-key': key },
    });

  const reservedCents = async (callId: string) => (await api.deps.budgets.get(callId))?.reservedCents;

  it('refuses applications to a call its association closed before the deadline, reserving nothing', async () => {
    const call = await publishCall(10 * 1_000_00);
    const closed = await api.request('POST', `/api/calls/${call.id}/close`, {
      token: associationToken,
      body: { revision: call.revision },
    });
    expect(closed.status).toBe(200);
    const response = await submit(await sme('sme-closed-call'), call, 'closed-call-key-1');
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('call_closed');
    expect(response.body.error.fields).toEqual([{ path: 'callId', message: expect.any(String) }]);
    expect(await reservedCents(call.id)).toBe(0);
  });

  it('answers a second submit with another key with 409 pointing at the first application, and reserves once', async () => {
    const call = await publishCall(10 * 1_000_00);
    const who = await sme('sme-hoarder');
    const first = await submit(who, call, 'hoard-key-0001');
    expect(first.status).toBe(201);
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) => submit(who, call, `hoard-key-${String(i + 2).padStart(4, '0')}`)),
    );
    expect(results.map((r) => r.status)).toEqual(Array(9).fill(409));
    expect(results[0]?.body.error).toMatchObject({
      code: 'already_applied',
      existingApplicationId: first.body.id,
      existingApplication: `/api/applications/${first.body.id}`,
      fields: [{ path: 'callId', message: expect.stringContaining(first.body.id) }],
    });
    expect(await reservedCents(call.id)).toBe(1_000_00);
    const mine = await api.request('GET', '/api/applications', { token: who.token });
    expect(mine.body.items).toHaveLength(1);

    // Retrying the first request with its own key still replays it.
    const replay = await submit(who, call, 'hoard-key-0001');
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(first.body.id);
  });

  it('lets exactly one of two simultaneous submits with different keys win, and the loser reserves nothing', async () => {
    const call = await publishCall(10 * 1_000_00);
    const who = await sme('sme-racer');
    const results = await Promise.all([
      submit(who, call, 'race-key-000A'),
      submit(who, call, 'race-key-000B'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const winner = results.find((r) => r.status === 201);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body.error.existingApplicationId).toBe(winner?.body.id);
    expect(await reservedCents(call.id)).toBe(1_000_00);
    const budget = await api.request('GET', `/api/calls/${call.id}/budget`, { token: associationToken });
    expect(budget.body).toMatchObject({ reservedCents: 1_000_00, remainingCents: 9 * 1_000_00 });
  });

  it('allows applying again after a withdrawal, and the old key still replays the withdrawn application', async () => {
    const call = await publishCall(10 * 1_000_00);
    const who = await sme('sme-reapply');
    const first = await submit(who, call, 'reapply-key-001');
    const withdrawn = await api.request('POST', `/api/applications/${first.body.id}/withdraw`, {
      token: who.token,
    });
    expect(withdrawn.status).toBe(200);
    const second = await submit(who, call, 'reapply-key-002');
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect(await reservedCents(call.id)).toBe(1_000_00);
    const third = await submit(who, call, 'reapply-key-003');
    expect(third.status).toBe(409);
    expect(third.body.error.existingApplicationId).toBe(second.body.id);
    const oldKey = await submit(who, call, 'reapply-key-001');
    expect(oldKey.status).toBe(200);
    expect(oldKey.body).toMatchObject({ id: first.body.id, status: 'withdrawn' });
  });
});

describe('a submit that failed half-way', () => {
  let api: TestApi;
  /** When set, the next transaction writing an application fails as if the network dropped it. */
  let failNextCreate = false;

  beforeAll(async () => {
    api = await createTestApi({
      now: () => NOW,
      configureClient: (client) =>
        client.middlewareStack.add(
          (next, context) => async (args) => {
            const writesApplication =
              context.commandName === 'TransactWriteItemsCommand' &&
              JSON.stringify(args.input).includes('APP#');
            if (failNextCreate && writesApplication) {
              failNextCreate = false;
              throw Object.assign(new Error('connection reset (injected by the test)'), {
                code: 'ECONNRESET',
              });
            }
            return next(args);
          },
          { step: 'initialize', name: 'failNextCreate' },
        ),
    });
  });
  afterAll(() => api.dispose());

  it('ends in the same application when retried with its key, even after an erratum, reserving once', async () => {
    const token = await api.tokenFor(association);
    const rules = firstComeHardwareRules('half-way');
    const created = await api.request('POST', '/api/calls', {
      token,
      body: {
        title: 'Half way',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 10 * 1_000_00,
        rules,
      },
    });
    const call = await api.request('POST', `/api/calls/${created.body.id}/publish`, { token });
    const planId = await seedSme(api.deps, 'sme-half-way', NOW);
    const who = await api.tokenFor({ role: 'sme', orgId: 'sme-half-way' });
    const submit = (key: string, callVersion = 1) =>
      api.request('POST', '/api/applications', {
        token: who,
        body: { planId, callId: call.body.id, callVersion },
        headers: { 'idempotency-key': key },
      });

    failNextCreate = true;
    const dropped = await submit('half-way-key-1');
    expect(dropped.status).toBe(503);
    // Meanwhile the call is corrected, and another tab tries with a new key: the place is taken.
    await api.request('POST', `/api/calls/${call.body.id}/errata`, {
      token,
      body: { revision: call.body.revision, rules, description: 'Typo fixed.' },
    });
    const otherTab = await submit('half-way-key-2', 2);
    expect(otherTab.body.error.code).toBe('already_applied');

    const retried = await submit('half-way-key-1');
    expect(retried.status).toBe(201);
    expect(retried.body).toMatchObject({ callVersion: 1, status: 'reserved', reservedCents: 1_000_00 });
    expect(otherTab.body.error.existingApplicationId).toBe(retried.body.id);
    const replayed = await submit('half-way-key-1');
    expect(replayed.body).toMatchObject({ id: retried.body.id });
    expect((await api.deps.budgets.get(call.body.id))?.reservedCents).toBe(1_000_00);
  });
});
