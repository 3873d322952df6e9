/**
 * Issue #15: a withdrawal's freed grant goes to the waitlist in receipt order, once — also when two
 * withdrawals race — and the promoted applicant sees its application reserved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../shared/applications/application-schema';
import { firstComeHardwareRules, seedSme } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const GRANT = 1_000_00;

describe('waitlist promotion', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
  });
  afterAll(() => api.dispose());

  async function callWithApplicants(name: string, grants: number, applicants: number) {
    const association = await api.tokenFor({ role: 'association', orgId: `assoc-${name}` });
    const created = await api.request('POST', '/api/calls', {
      token: association,
      body: {
        title: name,
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: grants * GRANT,
        rules: firstComeHardwareRules(name),
      },
    });
    await api.request('POST', `/api/calls/${created.body.id}/publish`, { token: association });
    const smes: { token: string; application: Application }[] = [];
    // One after the other, so receipt i + 1 belongs to applicant i.
    for (let i = 0; i < applicants; i++) {
      const orgId = `sme-${name}-${i}`;
      const planId = await seedSme(api.deps, orgId, NOW);
      const token = await api.tokenFor({ role: 'sme', orgId });
      const response = await api.request('POST', '/api/applications', {
        token,
        body: { planId, callId: created.body.id, callVersion: 1 },
        headers: { 'idempotency-key': `${name}-key-${i}` },
      });
      expect(response.status).toBe(201);
      smes.push({ token, application: response.body });
    }
    return { callId: created.body.id as string, smes };
  }

  const status = async (sme: { token: string; application: Application }) =>
    (await api.request('GET', `/api/applications/${sme.application.id}`, { token: sme.token }))
      .body as Application;

  it('promotes the next waitlisted application by receipt order after a withdrawal', async () => {
    const { callId, smes } = await callWithApplicants('promote-one', 2, 5);
    expect(smes.map((s) => s.application.status)).toEqual([
      'reserved',
      'reserved',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    const withdrawn = await api.request('POST', `/api/applications/${smes[1]?.application.id}/withdraw`, {
      token: smes[1]?.token,
    });
    expect(withdrawn.status).toBe(200);
    const after = await Promise.all(smes.map(status));
    expect(after.map((a) => a.status)).toEqual([
      'reserved',
      'withdrawn',
      'reserved',
      'waitlisted',
      'waitlisted',
    ]);
    expect(after[2]?.reservedCents).toBe(GRANT);
    const audit = await api.request('GET', `/api/applications/${smes[2]?.application.id}/audit`, {
      token: smes[2]?.token,
    });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'submitted',
      'promoted_from_waitlist',
    ]);
    expect(await api.deps.budgets.get(callId)).toEqual({
      budgetCents: 2 * GRANT,
      reservedCents: 2 * GRANT,
      received: 5,
      freedCents: 0,
    });
  });

  it('promotes each of the next two once when two withdrawals race', async () => {
    const { callId, smes } = await callWithApplicants('promote-race', 3, 7);
    const results = await Promise.all(
      [0, 1].map((i) =>
        api.request('POST', `/api/applications/${smes[i]?.application.id}/withdraw`, {
          token: smes[i]?.token,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const after = await Promise.all(smes.map(status));
    expect(after.map((a) => a.status)).toEqual([
      'withdrawn',
      'withdrawn',
      'reserved',
      'reserved',
      'reserved',
      'waitlisted',
      'waitlisted',
    ]);
    for (const promoted of [3, 4]) {
      const sme = smes[promoted];
      const audit = await api.request('GET', `/api/applications/${sme?.application.id}/audit`, {
        token: sme?.token,
      });
      expect(
        audit.body.items.filter((e: { action: string }) => e.action === 'promoted_from_waitlist'),
      ).toHaveLength(1);
    }
    expect(await api.deps.budgets.get(callId)).toMatchObject({ reservedCents: 3 * GRANT, freedCents: 0 });
  });

  it('gives a freed grant back to new applicants when nobody is waiting', async () => {
    const { callId, smes } = await callWithApplicants('promote-none', 3, 2);
    await api.request('POST', `/api/applications/${smes[0]?.application.id}/withdraw`, {
      token: smes[0]?.token,
    });
    expect(await api.deps.budgets.get(callId)).toMatchObject({ reservedCents: GRANT, freedCents: 0 });
  });
});
