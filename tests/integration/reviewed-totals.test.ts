/**
 * A consultant's overrides change the review's totals — computed by the engine on the application's
 * kept inputs and pinned call version — and the signed review carries them, under its content hash;
 * the SME reads its signed review (GET /api/applications/:id/review), verified like every other read.
 * On the PID 2025 worked example: €6,100 eligible, €3,050 grant, 4 % withheld.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inputHashOf } from '../../shared/eligibility/evaluate';
import { milanRestaurant, milanRestaurantPlan, pidLombardiaRules } from '../../shared/fixtures/schemes';
import type { Review } from '../../shared/reviews/review-schema';
import { reviewedReportOf } from '../../shared/reviews/reviewed-result';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2025-03-01T09:00:00Z');
const CONSULTANCY = 'studio-reviewed-totals';

describe('reviewed totals and the SME’s signed review', () => {
  let api: TestApi;
  let association: string;
  let consultant: string;
  let callId: string;
  const errors = vi.fn();

  /** An SME with the worked example's profile and plan, applied to the call. */
  async function applied(orgId: string): Promise<{ token: string; applicationId: string }> {
    const token = await api.tokenFor({ role: 'sme', orgId });
    const { id: _c, ...profile } = milanRestaurant;
    await api.request('PUT', '/api/companies/mine', { token, body: { ...profile, revision: 0 } });
    const { id: _p, companyId: _o, ...plan } = milanRestaurantPlan;
    const planId = (await api.request('POST', '/api/plans', { token, body: plan })).body.plan.id;
    const submitted = await api.request('POST', '/api/applications', {
      token,
      body: { planId, callId, callVersion: 1 },
      headers: { 'idempotency-key': `${orgId}-key-1` },
    });
    expect(submitted.status).toBe(201);
    return { token, applicationId: submitted.body.id };
  }

  /**
   * The review as sharing creates it, written through the store: what this file tests starts after the
   * share (the share route and its directory check are tested in reviews-api.test.ts).
   */
  async function shared(orgId: string, applicationId: string, id: string): Promise<string> {
    const review: Review = {
      id,
      applicationId,
      companyId: orgId,
      callId,
      consultantOrgId: CONSULTANCY,
      status: 'open',
      lines: {},
      createdAt: NOW.toISOString(),
      revision: 1,
    };
    await api.deps.reviews.create(review);
    return id;
  }

  const put = (reviewId: string, lineId: string, body: Record<string, unknown>) =>
    api.request('PUT', `/api/reviews/${reviewId}/lines/${lineId}`, { token: consultant, body });
  const revisionOf = async (reviewId: string) => (await api.deps.reviews.get(reviewId))?.revision ?? 0;

  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    api.deps.log = { error: errors };
    association = await api.tokenFor({ role: 'association', orgId: 'assoc-reviewed' });
    consultant = await api.tokenFor({ role: 'consultant', orgId: CONSULTANCY });
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
  });
  afterAll(() => api.dispose());

  it('keeps the evaluated plan and company on the application for its SME only', async () => {
    const { token, applicationId } = await applied('sme-kept-inputs');
    const own = await api.request('GET', `/api/applications/${applicationId}`, { token });
    expect(own.body.evaluatedWith.plan.lines.map((l: { id: string }) => l.id)).toContain('smartphone');
    expect(own.body.evaluatedWith.company.name).toBe(milanRestaurant.name);
    const listed = await api.request('GET', `/api/calls/${callId}/applications`, { token: association });
    const theirs = listed.body.items.find((a: { id: string }) => a.id === applicationId);
    expect(theirs.report.totals.grantCents).toBe(3_050_00);
    expect(theirs).not.toHaveProperty('evaluatedWith');
    const audit = await api.request('GET', `/api/applications/${applicationId}/audit`, { token });
    expect(audit.body.items[0].changes.evaluatedWith.after).toBe('(changed)');
  });

  it('reviews line by line: the engine recomputes the totals with every limit, signs them, and the SME reads them verified', async () => {
    const sme = await applied('sme-reviewed-totals');
    const reviewId = await shared('sme-reviewed-totals', sme.applicationId, '01JREVIEWEDTOTALS000000001');
    const path = `/api/reviews/${reviewId}`;

    const opened = await api.request('GET', path, { token: consultant });
    expect(opened.body.application).not.toHaveProperty('evaluatedWith');
    // No override yet: the reviewed result is the engine's report.
    expect(opened.body.review.reviewed).toEqual({
      status: 'computed',
      report: reviewedReportOf(opened.body.application.report),
    });
    const unsigned = await api.request('GET', `/api/applications/${sme.applicationId}/review`, {
      token: sme.token,
    });
    expect(unsigned.status).toBe(404);

    // The CRM licence to 0: consulting + training becomes 82 % (> 70 %), the engine refuses the plan.
    const licence = await put(reviewId, 'crm-licence', {
      decision: 'override',
      eligibleCents: 0,
      reason: 'The licence started before the project, art. 6.',
      revision: await revisionOf(reviewId),
    });
    expect(licence.status).toBe(200);
    expect(licence.body.reviewed.report.fundable).toBe(false);
    expect(licence.body.reviewed.report.blockers.map((b: { code: string }) => b.code)).toEqual([
      'SHARE_RANGE',
    ]);
    expect(licence.body.reviewed.report.totals.grantCents).toBe(0);

    // Back to accepted, then the smartphone in full: €6,700 at 50 % = €3,350, 4 % withheld.
    await put(reviewId, 'crm-licence', { decision: 'accept', revision: await revisionOf(reviewId) });
    const phone = await put(reviewId, 'smartphone', {
      decision: 'override',
      eligibleCents: 600_00,
      reason: 'Used only for the booking app, art. 5(1)(c).',
      revision: await revisionOf(reviewId),
    });
    expect(phone.body.reviewed.status).toBe('computed');
    expect(phone.body.reviewed.report.totals).toMatchObject({
      eligibleCents: 6_700_00,
      grantCents: 3_350_00,
      withholdingCents: 134_00,
      payoutCents: 3_216_00,
    });
    const smartphone = phone.body.reviewed.report.lines.find(
      (l: { lineId: string }) => l.lineId === 'smartphone',
    );
    expect(smartphone).toEqual({
      lineId: 'smartphone',
      verdict: 'eligible',
      eligibleCents: 600_00,
      grantCents: 300_00,
    });
    // The re-run is reproducible: its input hash names the plan, company, date and the override.
    const { plan, company } = (await api.deps.applications.get('sme-reviewed-totals', sme.applicationId))
      ?.evaluatedWith ?? { plan: undefined, company: undefined };
    expect(
      plan &&
        company &&
        inputHashOf(plan, company, '2025-03-01', undefined, new Map([['smartphone', 600_00]])),
    ).toBe(phone.body.reviewed.report.inputHash);

    for (const lineId of ['crm-consulting', 'crm-training', 'tablets', 'website'])
      await put(reviewId, lineId, { decision: 'accept', revision: await revisionOf(reviewId) });
    await api.request('POST', `${path}/decision`, {
      token: consultant,
      body: {
        decision: 'approve',
        note: 'Approved with the smartphone.',
        revision: await revisionOf(reviewId),
      },
    });
    const signed = await api.request('POST', `${path}/sign`, {
      token: consultant,
      body: { revision: await revisionOf(reviewId) },
    });
    expect(signed.status).toBe(200);
    expect(signed.body.reviewed.report.totals.grantCents).toBe(3_350_00);
    // The engine's own report on the application is unchanged.
    expect(signed.body.integrity).toBe('verified');

    const read = await api.request('GET', `/api/applications/${sme.applicationId}/review`, {
      token: sme.token,
    });
    expect(read.status).toBe(200);
    expect(read.body.review).toMatchObject({
      integrity: 'verified',
      decision: 'approve',
      note: 'Approved with the smartphone.',
      lines: { smartphone: { decision: 'override', eligibleCents: 600_00 } },
    });
    expect(read.body.review.reviewed.report.totals.payoutCents).toBe(3_216_00);
    expect(read.body.application.report.totals.grantCents).toBe(3_050_00);
    const stranger = await api.tokenFor({ role: 'sme', orgId: 'sme-stranger' });
    const foreign = await api.request('GET', `/api/applications/${sme.applicationId}/review`, {
      token: stranger,
    });
    expect(foreign.status).toBe(404);
    expect(errors).not.toHaveBeenCalled();

    // The approval's grant is on the application's outcome, for the lists; removing it is found.
    expect(read.body.application.review.grantCents).toBe(3_350_00);
    const outcomeKey = { pk: `COMPANY#sme-reviewed-totals`, sk: `APP#${sme.applicationId}` };
    await api.db.send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: outcomeKey,
        UpdateExpression: 'REMOVE review.grantCents',
      }),
    );
    const removed = await api.request('GET', `/api/applications/${sme.applicationId}/review`, {
      token: sme.token,
    });
    expect(removed.body.review.integrity).toBe('tampered');
    await api.db.send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: outcomeKey,
        UpdateExpression: 'SET review.grantCents = :grant',
        ExpressionAttributeValues: { ':grant': 3_350_00 },
      }),
    );
    errors.mockClear();

    // Someone raises the frozen reviewed grant in the table: every read now says tampered.
    await api.db.send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: { pk: `REVIEW#${reviewId}`, sk: 'REVIEW' },
        UpdateExpression: 'SET reviewed.report.totals.grantCents = :more',
        ExpressionAttributeValues: { ':more': 9_999_00 },
      }),
    );
    const tampered = await api.request('GET', `/api/applications/${sme.applicationId}/review`, {
      token: sme.token,
    });
    expect(tampered.body.review.integrity).toBe('tampered');
    expect((await api.request('GET', path, { token: consultant })).body.review.integrity).toBe('tampered');
    expect(errors).toHaveBeenCalledWith(
      expect.stringContaining('tampered'),
      expect.objectContaining({ reviewId }),
    );
  });

  it('says "not computed" for an older application without its evaluated inputs, rather than wrong numbers', async () => {
    const sme = await applied('sme-older-application');
    await api.db.send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: { pk: 'COMPANY#sme-older-application', sk: `APP#${sme.applicationId}` },
        UpdateExpression: 'REMOVE evaluatedWith',
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
    const reviewId = await shared('sme-older-application', sme.applicationId, '01JREVIEWEDTOTALS000000002');
    const accepted = await put(reviewId, 'crm-training', { decision: 'accept', revision: 1 });
    // Only accepted lines: the engine's report is the reviewed result, no re-run needed.
    expect(accepted.body.reviewed.status).toBe('computed');
    const overridden = await put(reviewId, 'smartphone', {
      decision: 'override',
      eligibleCents: 600_00,
      reason: 'Used only for the booking app, art. 5(1)(c).',
      revision: accepted.body.revision,
    });
    expect(overridden.body.reviewed).toEqual({ status: 'not-computed', why: 'inputs-not-kept' });
  });
});
