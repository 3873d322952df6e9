import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../shared/applications/application-schema';
import { firstComeHardwareRules, seedSme } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const association = { role: 'association', orgId: 'assoc-click-day' } as const;
const rules = firstComeHardwareRules('click-day');

describe('applications API on DynamoDB Local', () => {
  let api: TestApi;
  let now = NOW;

  beforeAll(async () => {
    api = await createTestApi({ now: () => now });
  });
  afterAll(() => api.dispose());

  async function publishCall(budgetCents: number, closesAt = '2026-04-30T12:00:00+02:00') {
    const token = await api.tokenFor(association);
    const created = await api.request('POST', '/api/calls', {
      token,
      body: {
        title: 'Click day',
        closesAt,
        timeZone: 'Europe/Rome',
        budgetCents,
        rules,
      },
    });
    await api.request('POST', `/api/calls/${created.body.id}/publish`, { token });
    return created.body.id as string;
  }

  /** An SME with a profile and a one-line plan, written straight to the stores. */
  async function sme(orgId: string) {
    const planId = await seedSme(api.deps, orgId, NOW);
    return { token: await api.tokenFor({ role: 'sme', orgId }), planId };
  }

  const submit = (who: { token: string; planId: string }, callId: string, key: string, extra: object = {}) =>
    api.request('POST', '/api/applications', {
      token: who.token,
      body: { planId: who.planId, callId, callVersion: 1, ...extra },
      headers: { 'idempotency-key': key },
    });

  it('turns 50 concurrent submits with one Idempotency-Key into exactly one application', async () => {
    const callId = await publishCall(100_000_00);
    const who = await sme('sme-retry');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => submit(who, callId, 'retry-key-0001')),
    );
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const mine = await api.request('GET', '/api/applications', { token: who.token });
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({
      status: 'reserved',
      reservedCents: 1_000_00,
      receipt: { receiptNo: 1 },
    });

    const reused = await submit(who, callId, 'retry-key-0001', { answers: { q1: 'other' } });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('idempotency_key_reused');
  });

  it('reserves a first-come budget for exactly 20 of 200 concurrent applicants, in receipt order, and waitlists the rest', async () => {
    const callId = await publishCall(20 * 1_000_00);
    const applicants = await Promise.all(
      Array.from({ length: 200 }, (_, i) => sme(`sme-${String(i).padStart(3, '0')}`)),
    );
    const results = await Promise.all(applicants.map((who, i) => submit(who, callId, `click-day-${i}-key`)));
    expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);

    const applications = results.map((r) => r.body as Application);
    const receipts = applications.map((a) => a.receipt.receiptNo).sort((a, b) => a - b);
    expect(receipts).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const reserved = applications.filter((a) => a.status === 'reserved');
    expect(reserved).toHaveLength(20);
    expect(reserved.map((a) => a.receipt.receiptNo).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(reserved.reduce((s, a) => s + a.reservedCents, 0)).toBeLessThanOrEqual(20 * 1_000_00);
    expect(applications.filter((a) => a.status === 'waitlisted')).toHaveLength(180);

    const token = await api.tokenFor(association);
    const budget = await api.request('GET', `/api/calls/${callId}/budget`, { token });
    expect(budget.body).toMatchObject({
      budgetCents: 20 * 1_000_00,
      reservedCents: 20 * 1_000_00,
      received: 200,
      remainingCents: 0,
    });
    // Everyone, signed in or not, sees what is left and how many applied, cacheable for a few seconds.
    const availability = await api.request('GET', `/api/calls/${callId}/availability`);
    expect(availability.status).toBe(200);
    expect(availability.body).toEqual({
      budgetCents: 20 * 1_000_00,
      open: true,
      remainingCents: 0,
      receipts: 200,
      asOf: now.toISOString(),
    });
    expect(availability.headers.get('cache-control')).toBe('public, max-age=5');
    const firstPage = await api.request('GET', `/api/calls/${callId}/applications?limit=25`, { token });
    expect(firstPage.body.items.map((a: Application) => a.receipt.receiptNo)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  }, 120_000);

  it('releases the reservation when an application is withdrawn, once, to the next waitlisted applicant', async () => {
    const callId = await publishCall(1_000_00);
    const first = await sme('sme-withdraw-1');
    const second = await sme('sme-withdraw-2');
    const a = await submit(first, callId, 'withdraw-key-1');
    const b = await submit(second, callId, 'withdraw-key-2');
    expect([a.body.status, b.body.status]).toEqual(['reserved', 'waitlisted']);
    const withdrawn = await api.request('POST', `/api/applications/${a.body.id}/withdraw`, {
      token: first.token,
    });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', reservedCents: 0 });
    expect(
      (await api.request('POST', `/api/applications/${a.body.id}/withdraw`, { token: first.token })).status,
    ).toBe(409);
    const budget = await api.request('GET', `/api/calls/${callId}/budget`, {
      token: await api.tokenFor(association),
    });
    // The freed grant goes to the waitlist (issue #15), not to the next newcomer.
    expect(budget.body).toMatchObject({ reservedCents: 1_000_00, remainingCents: 0, freedCents: 0 });
    const promoted = await api.request('GET', `/api/applications/${b.body.id}`, { token: second.token });
    expect(promoted.body).toMatchObject({ status: 'reserved', reservedCents: 1_000_00 });
  });

  it('refuses submits after the deadline in the call time zone, without a key, or for someone else’s plan', async () => {
    const callId = await publishCall(10_000_00, '2026-03-10T12:00:00+01:00'); // 11:00 UTC
    const who = await sme('sme-late');
    now = new Date('2026-03-10T11:00:00Z');
    try {
      const late = await submit(who, callId, 'late-key-0001');
      expect(late.status).toBe(422);
      expect(late.body.error.code).toBe('deadline_passed');
    } finally {
      now = NOW;
    }
    const noKey = await api.request('POST', '/api/applications', {
      token: who.token,
      body: { planId: who.planId, callId, callVersion: 1 },
    });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.fields[0].path).toBe('idempotency-key');

    const other = await sme('sme-other-plan');
    const foreign = await submit({ token: other.token, planId: who.planId }, callId, 'foreign-key-01');
    expect(foreign.status).toBe(404);
    expect((await api.request('GET', `/api/calls/${callId}/applications`, { token: who.token })).status).toBe(
      403,
    );
    const strangerAssociation = await api.tokenFor({ role: 'association', orgId: 'assoc-other' });
    expect(
      (await api.request('GET', `/api/calls/${callId}/applications`, { token: strangerAssociation })).status,
    ).toBe(404);
  });
});

describe('the call’s own form questions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
  });
  afterAll(() => api.dispose());

  it('needs every required answer, refuses unknown ones, and stores the answers with the application', async () => {
    const token = await api.tokenFor(association);
    const created = await api.request('POST', '/api/calls', {
      token,
      body: {
        title: 'Call with questions',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 10_000_00,
        rules,
        questions: [
          { id: 'goal', label: 'What do you want to achieve?' },
          { id: 'extra', label: 'Anything else?', required: false },
        ],
      },
    });
    await api.request('POST', `/api/calls/${created.body.id}/publish`, { token });
    const planId = await seedSme(api.deps, 'sme-questions', NOW);
    const smeToken = await api.tokenFor({ role: 'sme', orgId: 'sme-questions' });
    const submit = (answers: Record<string, string>, key: string) =>
      api.request('POST', '/api/applications', {
        token: smeToken,
        body: { planId, callId: created.body.id, callVersion: 1, answers },
        headers: { 'idempotency-key': key },
      });

    const missing = await submit({ unknown: 'x' }, 'questions-key-1');
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'answers.goal',
      'answers.unknown',
    ]);
    const ok = await submit({ goal: 'Sell online.' }, 'questions-key-2');
    expect(ok.status).toBe(201);
    expect(ok.body.answers).toEqual({ goal: 'Sell online.' });
  });
});
