/**
 * The review routes through `app.request` on in-memory adapters, no JVM: share, review a line with a
 * reason, decide, sign, verify, and who may do each. The same flow on DynamoDB Local, with the
 * demo restaurant's report: tests/integration/reviews-api.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
// Test data written through the ports, shared with the integration project (no database in it).
import { firstComeHardwareRules, seedConsultancy, seedSme } from '../../../tests/integration/support/seed';
import { createInMemoryApp } from '../../in-memory/in-memory-app';

const NOW = new Date('2026-03-10T09:00:00Z');
type InMemoryApp = Awaited<ReturnType<typeof createInMemoryApp>>;

describe('review routes, in memory', () => {
  let api: InMemoryApp;
  let sme: string;
  let consultant: string;
  let applicationId: string;
  beforeEach(async () => {
    api = await createInMemoryApp({ now: () => NOW });
    const association = await api.tokenFor('association', 'assoc-reviews');
    const call = await api.request('POST', '/api/calls', {
      token: association,
      body: {
        title: 'Laptops',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 100_000_00,
        rules: firstComeHardwareRules('reviews-in-memory'),
      },
    });
    await api.request('POST', `/api/calls/${call.body.id}/publish`, { token: association });
    const planId = await seedSme(api.deps, 'sme-laptops', NOW);
    await seedConsultancy(api.deps, 'studio-a', NOW, 'Studio A');
    sme = await api.tokenFor('sme', 'sme-laptops');
    consultant = await api.tokenFor('consultant', 'studio-a');
    const submitted = await api.request('POST', '/api/applications', {
      token: sme,
      body: { planId, callId: call.body.id, callVersion: 1 },
      headers: { 'idempotency-key': 'laptops-key-1' },
    });
    expect(submitted.status).toBe(201);
    applicationId = submitted.body.id;
  });

  async function share() {
    const shared = await api.request('POST', `/api/applications/${applicationId}/share`, {
      token: sme,
      body: { consultantOrgId: 'studio-a' },
    });
    expect(shared.status).toBe(201);
    return `/api/reviews/${shared.body.id}`;
  }

  it('runs share → a line overridden with its reason → decision → sign-off, and the SME sees the signed outcome, verified', async () => {
    const path = await share();
    const again = await api.request('POST', `/api/applications/${applicationId}/share`, {
      token: sme,
      body: { consultantOrgId: 'studio-a' },
    });
    expect(again.status).toBe(409);
    expect((await api.request('GET', '/api/reviews', { token: consultant })).body.items).toHaveLength(1);

    const noReason = await api.request('PUT', `${path}/lines/l1`, {
      token: consultant,
      body: { decision: 'override', eligibleCents: 1_000_00, reason: 'ok', revision: 1 },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].path).toBe('reason');
    const tooHigh = await api.request('PUT', `${path}/lines/l1`, {
      token: consultant,
      body: {
        decision: 'override',
        eligibleCents: 9_999_00,
        reason: 'Two laptops only were bought.',
        revision: 1,
      },
    });
    expect(tooHigh.status).toBe(422);
    const overridden = await api.request('PUT', `${path}/lines/l1`, {
      token: consultant,
      body: {
        decision: 'override',
        eligibleCents: 1_000_00,
        reason: 'Two laptops only were bought.',
        revision: 1,
      },
    });
    expect(overridden.status).toBe(200);
    const stale = await api.request('PUT', `${path}/lines/l1`, {
      token: consultant,
      body: { decision: 'accept', revision: 1 },
    });
    expect(stale.status).toBe(409);
    const decided = await api.request('POST', `${path}/decision`, {
      token: consultant,
      body: { decision: 'approve', note: 'Eligible as reviewed.', revision: overridden.body.revision },
    });
    const signed = await api.request('POST', `${path}/sign`, {
      token: consultant,
      body: { revision: decided.body.revision },
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', decision: 'approve', integrity: 'verified' });
    // The override changed the reviewed totals: half of €1,000, not of €2,000.
    expect(signed.body.reviewed).toMatchObject({
      status: 'computed',
      report: { totals: { grantCents: 500_00 } },
    });

    const seen = await api.request('GET', `/api/applications/${applicationId}`, { token: sme });
    expect(seen.body.review).toEqual({
      reviewId: signed.body.id,
      decision: 'approve',
      signedAt: signed.body.signedAt,
      contentHash: signed.body.contentHash,
      // The grant after the override travels with the outcome: the lists read it from there.
      grantCents: 500_00,
    });
    const verified = await api.request('GET', `${path}/verify`, { token: sme });
    expect(verified.body).toMatchObject({ integrity: 'verified' });
    const frozen = await api.request('PUT', `${path}/lines/l1`, {
      token: consultant,
      body: { decision: 'accept', revision: signed.body.revision },
    });
    expect(frozen.status).toBe(409);
  });

  it('keeps a review to its consultancy: another one gets 404 on every read and write, an SME 403 on the queue', async () => {
    const path = await share();
    const other = await api.tokenFor('consultant', 'studio-other');
    const tries = [
      api.request('GET', path, { token: other }),
      api.request('PUT', `${path}/lines/l1`, { token: other, body: { decision: 'accept', revision: 1 } }),
      api.request('POST', `${path}/decision`, {
        token: other,
        body: { decision: 'reject', note: 'No.', revision: 1 },
      }),
      api.request('POST', `${path}/sign`, { token: other, body: { revision: 1 } }),
      api.request('GET', `${path}/verify`, { token: other }),
    ];
    expect((await Promise.all(tries)).map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect((await api.request('GET', '/api/reviews', { token: other })).body.items).toEqual([]);
    expect((await api.request('GET', '/api/reviews', { token: sme })).status).toBe(403);
    // Nothing the other consultancy sent was kept.
    expect((await api.request('GET', path, { token: consultant })).body.review).toMatchObject({
      revision: 1,
      lines: {},
      status: 'open',
    });
  });
});
