import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milanRestaurant, milanRestaurantPlan, pidLombardiaRules } from '../../shared/fixtures/schemes';
import { seedConsultancy } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

describe('consultant reviews', () => {
  let api: TestApi;
  let sme: string;
  let consultant: string;
  let association: string;
  let applicationId: string;
  let callId: string;

  beforeAll(async () => {
    const now = new Date('2025-03-01T09:00:00Z');
    api = await createTestApi({ now: () => now });
    await seedConsultancy(api.deps, 'studio-review', now, 'Studio Review');
    sme = await api.tokenFor({ role: 'sme', orgId: 'sme-reviewed' });
    consultant = await api.tokenFor({ role: 'consultant', orgId: 'studio-review' });
    association = await api.tokenFor({ role: 'association', orgId: 'assoc-review' });
    const call = await api.request('POST', '/api/calls', {
      token: association,
      body: {
        title: 'PID',
        closesAt: '2025-06-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 100_000_00,
        rules: pidLombardiaRules,
      },
    });
    callId = call.body.id;
    await api.request('POST', `/api/calls/${callId}/publish`, { token: association });
    const { id: _c, ...profile } = milanRestaurant;
    await api.request('PUT', '/api/companies/mine', { token: sme, body: { ...profile, revision: 0 } });
    const { id: _p, companyId: _o, ...plan } = milanRestaurantPlan;
    const planId = (await api.request('POST', '/api/plans', { token: sme, body: plan })).body.plan.id;
    const application = await api.request('POST', '/api/applications', {
      token: sme,
      body: { planId, callId, callVersion: 1 },
      headers: { 'idempotency-key': 'review-key-0001' },
    });
    applicationId = application.body.id;
  });
  afterAll(() => api.dispose());

  it('runs share → line overrides with reasons → decision → sign-off, freezes it, and shows the decision to SME and association', async () => {
    const sharing = `/api/applications/${applicationId}/sharing`;
    expect((await api.request('GET', sharing, { token: sme })).status).toBe(404);
    const shared = await api.request('POST', `/api/applications/${applicationId}/share`, {
      token: sme,
      body: { consultantOrgId: 'studio-review' },
    });
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({
      companyName: 'Micro restaurant, Milano',
      consultancyName: 'Studio Review',
    });
    // The SME's receipt now says whom it shared with, in progress, and offers no second share.
    expect((await api.request('GET', sharing, { token: sme })).body).toEqual({
      consultancyName: 'Studio Review',
      sharedAt: shared.body.createdAt,
      status: 'open',
    });
    const queue = await api.request('GET', '/api/reviews', { token: consultant });
    expect(queue.body.items.map((r: { id: string }) => r.id)).toEqual([shared.body.id]);
    // The consultant reads who is asking by name: the company's, from its profile at share time.
    expect(queue.body.items[0].companyName).toBe('Micro restaurant, Milano');
    const path = `/api/reviews/${shared.body.id}`;
    const opened = await api.request('GET', path, { token: consultant });
    expect(opened.body.review.companyName).toBe('Micro restaurant, Milano');
    expect(opened.body.application.report.totals.grantCents).toBe(3_050_00);

    const noReason = await api.request('PUT', `${path}/lines/website`, {
      token: consultant,
      body: { decision: 'override', eligibleCents: 1_000_00, reason: 'ok', revision: 1 },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].path).toBe('reason');
    const tooHigh = await api.request('PUT', `${path}/lines/website`, {
      token: consultant,
      body: {
        decision: 'override',
        eligibleCents: 9_999_00,
        reason: 'The site runs the booking CRM.',
        revision: 1,
      },
    });
    expect(tooHigh.status).toBe(422);

    const overridden = await api.request('PUT', `${path}/lines/website`, {
      token: consultant,
      body: {
        decision: 'override',
        eligibleCents: 1_500_00,
        reason: 'The site hosts the CRM booking widget (technology:crm).',
        revision: 1,
      },
    });
    expect(overridden.body.lines.website).toMatchObject({ decision: 'override', eligibleCents: 1_500_00 });
    const accepted = await api.request('PUT', `${path}/lines/tablets`, {
      token: consultant,
      body: { decision: 'accept', revision: 2 },
    });
    const stale = await api.request('PUT', `${path}/lines/tablets`, {
      token: consultant,
      body: { decision: 'accept', revision: 2 },
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict']);
    expect(
      (await api.request('POST', `${path}/sign`, { token: consultant, body: { revision: 3 } })).status,
    ).toBe(422);
    // Signing needs every line of the report reviewed.
    let revision = accepted.body.revision;
    for (const lineId of ['crm-consulting', 'crm-training', 'crm-licence', 'smartphone']) {
      const line = await api.request('PUT', `${path}/lines/${lineId}`, {
        token: consultant,
        body: { decision: 'accept', revision },
      });
      revision = line.body.revision;
    }
    const decided = await api.request('POST', `${path}/decision`, {
      token: consultant,
      body: { decision: 'approve', note: 'Eligible as reviewed.', revision },
    });
    const signed = await api.request('POST', `${path}/sign`, {
      token: consultant,
      body: { revision: decided.body.revision },
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', decision: 'approve', integrity: 'verified' });
    expect(signed.body.contentHash).toMatch(/^sha256:/);

    const frozen = await api.request('PUT', `${path}/lines/tablets`, {
      token: consultant,
      body: { decision: 'accept', revision: signed.body.revision },
    });
    expect([frozen.status, frozen.body.error.code]).toEqual([409, 'review_signed']);

    expect((await api.request('GET', sharing, { token: sme })).body).toMatchObject({
      status: 'signed',
      signedAt: signed.body.signedAt,
    });
    const seenBySme = await api.request('GET', `/api/applications/${applicationId}`, { token: sme });
    expect(seenBySme.body.review).toEqual({
      reviewId: shared.body.id,
      decision: 'approve',
      signedAt: signed.body.signedAt,
      contentHash: signed.body.contentHash,
      // The grant after the override, which the SME's list shows, not the engine's 3,050.00.
      grantCents: signed.body.reviewed.report.totals.grantCents,
    });
    expect(signed.body.reviewed.report.totals.grantCents).toBe(3_800_00);
    const seenByAssociation = await api.request('GET', `/api/calls/${callId}/applications`, {
      token: association,
    });
    expect(seenByAssociation.body.items[0].review).toMatchObject({
      decision: 'approve',
      grantCents: signed.body.reviewed.report.totals.grantCents,
    });
    const audit = await api.request('GET', `/api/applications/${applicationId}/audit`, { token: sme });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['submitted', 'review signed']);

    const otherConsultant = await api.tokenFor({ role: 'consultant', orgId: 'studio-other' });
    expect((await api.request('GET', path, { token: otherConsultant })).status).toBe(404);
  });
});
