/**
 * Issue #13: a plan the call's rules fund with €0 cannot be submitted (422 `unfundable`, naming the
 * plan), unless the call says it takes such applications; a refused submit claims nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRulesSchema } from '../../shared/eligibility/call-rules-schema';
import { firstComeHardwareRules, seedSme } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const association = { role: 'association', orgId: 'assoc-unfundable' } as const;

/** Pays 50 % of software only: the seeded plan (one hardware line) gets €0. */
const softwareOnly = (family: string) => {
  const rules = firstComeHardwareRules(family);
  return callRulesSchema.parse({
    ...rules,
    categories: [
      {
        id: 'software',
        label: { en: 'Software', it: 'Software', nl: 'Software' },
        article: 'art. 2',
        taxonomy: ['software-licence'],
      },
    ],
  });
};

describe('an unfundable plan', () => {
  let api: TestApi;
  let associationToken: string;
  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    associationToken = await api.tokenFor(association);
  });
  afterAll(() => api.dispose());

  async function publish(family: string, extra: Record<string, unknown> = {}) {
    const created = await api.request('POST', '/api/calls', {
      token: associationToken,
      body: {
        title: `Software only ${family}`,
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 100_000_00,
        rules: softwareOnly(family),
        ...extra,
      },
    });
    expect(created.status).toBe(201);
    await api.request('POST', `/api/calls/${created.body.id}/publish`, { token: associationToken });
    return created.body.id as string;
  }

  it('is refused with 422 naming the plan, and nothing is claimed', async () => {
    const callId = await publish('unfundable-a');
    const planId = await seedSme(api.deps, 'sme-unfundable-a', NOW);
    const token = await api.tokenFor({ role: 'sme', orgId: 'sme-unfundable-a' });
    const submit = (key: string) =>
      api.request('POST', '/api/applications', {
        token,
        body: { planId, callId, callVersion: 1 },
        headers: { 'idempotency-key': key },
      });
    const refused = await submit('unfundable-1');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('unfundable');
    expect(refused.body.error.message).toMatch(/no grant \(€0\)/);
    expect(refused.body.error.fields).toEqual([{ path: 'planId', message: 'gets no grant from this call' }]);
    // The same key again gets the same refusal (no half-made application), and the list stays empty.
    expect((await submit('unfundable-1')).status).toBe(422);
    const mine = await api.request('GET', '/api/applications', { token });
    expect(mine.body.items).toEqual([]);
    const budget = await api.request('GET', `/api/calls/${callId}/budget`, { token: associationToken });
    expect(budget.body.reservedCents ?? 0).toBe(0);
  });

  it('is taken when the call says it takes unfunded applications', async () => {
    const callId = await publish('unfundable-b', { takesUnfundedApplications: true });
    const planId = await seedSme(api.deps, 'sme-unfundable-b', NOW);
    const token = await api.tokenFor({ role: 'sme', orgId: 'sme-unfundable-b' });
    const taken = await api.request('POST', '/api/applications', {
      token,
      body: { planId, callId, callVersion: 1 },
      headers: { 'idempotency-key': 'unfundable-2' },
    });
    expect(taken.status).toBe(201);
    expect(taken.body.requestedGrantCents).toBe(0);
  });
});
