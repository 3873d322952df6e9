/**
 * Issue #12, finding 8: an erratum published between opening the application form and submitting it
 * must not silently change the grant. The submit states the call version the form showed; a changed
 * call answers 409 and reserves nothing. An erratum cannot move the deadline into the past either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRulesSchema } from '../../shared/eligibility/call-rules-schema';
import { firstComeHardwareRules, seedSme } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const association = { role: 'association', orgId: 'assoc-version-on-submit' } as const;
const rules = firstComeHardwareRules('version-on-submit');
/** The same call at half the rate: the €1,000 grant becomes €500. */
const halfRate = callRulesSchema.parse({ ...rules, totals: { ...rules.totals, rate: { defaultBp: 2500 } } });

describe('the call version an application was prepared against', () => {
  let api: TestApi;
  let associationToken: string;

  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    associationToken = await api.tokenFor(association);
  });
  afterAll(() => api.dispose());

  async function publishCall() {
    const created = await api.request('POST', '/api/calls', {
      token: associationToken,
      body: {
        title: 'Erratum race',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 10 * 1_000_00,
        rules,
      },
    });
    const published = await api.request('POST', `/api/calls/${created.body.id}/publish`, {
      token: associationToken,
    });
    return published.body as { id: string; revision: number; version: number };
  }

  it('answers 409 call_version_changed when an erratum landed after the form was opened, reserving nothing', async () => {
    const call = await publishCall();
    const planId = await seedSme(api.deps, 'sme-erratum-race', NOW);
    const smeToken = await api.tokenFor({ role: 'sme', orgId: 'sme-erratum-race' });
    const form = await api.request('GET', `/api/plans/${planId}/application-draft/${call.id}`, {
      token: smeToken,
    });
    expect(form.body).toMatchObject({ callVersion: 1, report: { totals: { grantCents: 1_000_00 } } });

    const erratum = await api.request('POST', `/api/calls/${call.id}/errata`, {
      token: associationToken,
      body: { revision: call.revision, rules: halfRate },
    });
    expect(erratum.body.version).toBe(2);

    const submit = (callVersion: unknown, key: string) =>
      api.request('POST', '/api/applications', {
        token: smeToken,
        body: { planId, callId: call.id, callVersion },
        headers: { 'idempotency-key': key },
      });
    const stale = await submit(form.body.callVersion, 'erratum-race-key-1');
    expect(stale.status).toBe(409);
    expect(stale.body.error).toEqual({
      code: 'call_version_changed',
      message:
        'The call was corrected (version 2) after you opened the form; check the new figures and submit again.',
      fields: [{ path: 'callVersion', message: expect.stringContaining('2') }],
      currentVersion: '2',
    });
    expect((await api.deps.budgets.get(call.id))?.reservedCents).toBe(0);
    expect((await api.request('GET', '/api/applications', { token: smeToken })).body.items).toEqual([]);

    const missing = await api.request('POST', '/api/applications', {
      token: smeToken,
      body: { planId, callId: call.id },
      headers: { 'idempotency-key': 'erratum-race-key-2' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['callVersion']);

    const current = await submit(2, 'erratum-race-key-3');
    expect(current.status).toBe(201);
    expect(current.body).toMatchObject({
      callVersion: 2,
      requestedGrantCents: 500_00,
      reservedCents: 500_00,
    });
  });

  it('refuses an erratum whose texts are not all in Italian, Dutch and English, as publishing does', async () => {
    const call = await publishCall();
    const reason = { en: 'Refurbished laptops are not eligible.' };
    const refused = await api.request('POST', `/api/calls/${call.id}/errata`, {
      token: associationToken,
      body: {
        revision: call.revision,
        rules: {
          ...rules,
          exclusions: {
            ...rules.exclusions,
            rules: [{ id: 'refurbished', article: 'art. 2', tagsAny: ['refurbished'], reason }],
          },
        },
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('rules_untranslated');
    expect(refused.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'rules.exclusions.rules.0.reason.it',
      'rules.exclusions.rules.0.reason.nl',
    ]);
    expect((await api.request('GET', `/api/calls/${call.id}`)).body.version).toBe(1);
  });

  it('refuses an erratum whose deadline is already past (422 on closesAt), as publishing does', async () => {
    const call = await publishCall();
    const past = await api.request('POST', `/api/calls/${call.id}/errata`, {
      token: associationToken,
      body: { revision: call.revision, rules, closesAt: '2026-03-01T12:00:00+01:00' },
    });
    expect(past.status).toBe(422);
    expect(past.body.error).toMatchObject({
      code: 'deadline_passed',
      fields: [{ path: 'closesAt', message: 'is in the past' }],
    });
    const unchanged = await api.request('GET', `/api/calls/${call.id}`);
    expect(unchanged.body).toMatchObject({ version: 1, closesAt: '2026-04-30T12:00:00+02:00' });
  });
});
