/**
 * Issue #12, finding 10: a signed review edited in the table after sign-off is detected on every read
 * (the content hash is recomputed), shown as tampered, never as simply signed, and logged as an error.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedConsultancy } from './support/seed';
import { type Applicant, applicant, applicationOf, publishedCall } from './support/shared-application';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');

describe('signed review integrity', () => {
  let api: TestApi;
  let sme: Applicant;
  let consultant: string;
  let reviewId: string;
  let applicationId: string;
  const errors = vi.fn();

  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    api.deps.log = { error: errors };
    const callId = await publishedCall(
      api,
      await api.tokenFor({ role: 'association', orgId: 'assoc-tamper' }),
      'tamper',
    );
    sme = await applicant(api, 'sme-tamper', NOW);
    consultant = await api.tokenFor({ role: 'consultant', orgId: 'studio-tamper' });
    await seedConsultancy(api.deps, 'studio-tamper', NOW);
    applicationId = await applicationOf(api, sme, callId, 'tamper-key-0001');
    const shared = await api.request('POST', `/api/applications/${applicationId}/share`, {
      token: sme.token,
      body: { consultantOrgId: 'studio-tamper' },
    });
    reviewId = shared.body.id;
    const path = `/api/reviews/${reviewId}`;
    const line = await api.request('PUT', `${path}/lines/l1`, {
      token: consultant,
      body: { decision: 'accept', revision: 1 },
    });
    const decided = await api.request('POST', `${path}/decision`, {
      token: consultant,
      body: { decision: 'reject', note: 'Not digital enough.', revision: line.body.revision },
    });
    const signed = await api.request('POST', `${path}/sign`, {
      token: consultant,
      body: { revision: decided.body.revision },
    });
    expect(signed.status).toBe(200);
  });
  afterAll(() => api.dispose());

  const integrityEverywhere = async () => {
    const read = await api.request('GET', `/api/reviews/${reviewId}`, { token: consultant });
    const queue = await api.request('GET', '/api/reviews', { token: consultant });
    const byConsultant = await api.request('GET', `/api/reviews/${reviewId}/verify`, { token: consultant });
    const bySme = await api.request('GET', `/api/reviews/${reviewId}/verify`, { token: sme.token });
    return [
      read.body.review.integrity,
      queue.body.items[0].integrity,
      byConsultant.body.integrity,
      bySme.body.integrity,
    ];
  };

  it('serves an untouched signed review as verified, to the consultant and to the SME', async () => {
    expect(await integrityEverywhere()).toEqual(['verified', 'verified', 'verified', 'verified']);
    expect(errors).not.toHaveBeenCalled();
    const stranger = await api.tokenFor({ role: 'sme', orgId: 'sme-stranger' });
    expect((await api.request('GET', `/api/reviews/${reviewId}/verify`, { token: stranger })).status).toBe(
      404,
    );
  });

  it('serves the review as tampered when a grant is put on its rejected outcome, which the lists would show', async () => {
    const key = { pk: `COMPANY#${sme.orgId}`, sk: `APP#${applicationId}` };
    const application = await api.request('GET', `/api/applications/${applicationId}`, { token: sme.token });
    // A rejection grants nothing: its outcome carries no grant.
    expect(application.body.review).toMatchObject({ decision: 'reject' });
    expect(application.body.review.grantCents).toBeUndefined();
    await api.db.send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: key,
        UpdateExpression: 'SET review.grantCents = :grant',
        ExpressionAttributeValues: { ':grant': 1_000_00 },
      }),
    );
    expect(await integrityEverywhere()).toEqual(['tampered', 'tampered', 'tampered', 'tampered']);
    await api.db.send(
      new UpdateCommand({ TableName: api.tableName, Key: key, UpdateExpression: 'REMOVE review.grantCents' }),
    );
    expect(await integrityEverywhere()).toEqual(['verified', 'verified', 'verified', 'verified']);
    errors.mockClear();
  });

  it('serves a review whose decision was changed in the table as tampered, and logs an error', async () => {
    await api.db.send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: { pk: `REVIEW#${reviewId}`, sk: 'REVIEW' },
        UpdateExpression: 'SET decision = :approve',
        ExpressionAttributeValues: { ':approve': 'approve' },
      }),
    );
    expect(await integrityEverywhere()).toEqual(['tampered', 'tampered', 'tampered', 'tampered']);
    expect(errors).toHaveBeenCalledWith(
      expect.stringContaining('tampered'),
      expect.objectContaining({ reviewId }),
    );
  });
});
