/**
 * Issue #12, finding 6: an application has one review, ever; a signed decision is never replaced by
 * another review; signing needs every line of the report reviewed and a decision.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedConsultancy } from './support/seed';
import { type Applicant, applicant, applicationOf, publishedCall } from './support/shared-application';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');

describe('one review per application', () => {
  let api: TestApi;
  let sme: Applicant;
  let consultant: string;
  let callId: string;

  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    callId = await publishedCall(api, await api.tokenFor({ role: 'association', orgId: 'assoc-one' }), 'one');
    consultant = await api.tokenFor({ role: 'consultant', orgId: 'studio-one' });
    for (const orgId of ['studio-one', 'studio-elsewhere']) await seedConsultancy(api.deps, orgId, NOW);
  });
  afterAll(() => api.dispose());

  const share = (applicationId: string, consultantOrgId: string) =>
    api.request('POST', `/api/applications/${applicationId}/share`, {
      token: sme.token,
      body: { consultantOrgId },
    });
  /** A company applies to a call once: each case gets its own SME. */
  const freshApplication = async (n: number) => {
    sme = await applicant(api, `sme-one-${n}`, NOW);
    return applicationOf(api, sme, callId, `one-key-000${n}`);
  };

  it('refuses a second share with 409 pointing at the existing review, for any consultancy', async () => {
    const applicationId = await freshApplication(1);
    const first = await share(applicationId, 'studio-one');
    expect(first.status).toBe(201);
    for (const consultancy of ['studio-one', 'studio-elsewhere']) {
      const again = await share(applicationId, consultancy);
      expect(again.status, consultancy).toBe(409);
      expect(again.body.error.code).toBe('already_shared');
      expect(again.body.error.message).toContain(first.body.id);
      expect(again.headers.get('location')).toBe(`/api/reviews/${first.body.id}`);
    }
    const queue = await api.request('GET', '/api/reviews', { token: consultant });
    expect(
      queue.body.items.filter((r: { applicationId: string }) => r.applicationId === applicationId),
    ).toHaveLength(1);
  });

  it('refuses to sign until every line is reviewed and a decision is recorded (422 naming what is missing)', async () => {
    const applicationId = await freshApplication(2);
    const review = (await share(applicationId, 'studio-one')).body;
    const path = `/api/reviews/${review.id}`;
    const bare = await api.request('POST', `${path}/sign`, { token: consultant, body: { revision: 1 } });
    expect(bare.status).toBe(422);
    expect(bare.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'decision',
      'lines.l1',
    ]);

    const decided = await api.request('POST', `${path}/decision`, {
      token: consultant,
      body: { decision: 'approve', revision: 1 },
    });
    const unreviewed = await api.request('POST', `${path}/sign`, {
      token: consultant,
      body: { revision: decided.body.revision },
    });
    expect(unreviewed.status).toBe(422);
    expect(unreviewed.body.error.fields).toEqual([{ path: 'lines.l1', message: expect.any(String) }]);

    const line = await api.request('PUT', `${path}/lines/l1`, {
      token: consultant,
      body: { decision: 'accept', revision: decided.body.revision },
    });
    const signed = await api.request('POST', `${path}/sign`, {
      token: consultant,
      body: { revision: line.body.revision },
    });
    expect(signed.status).toBe(200);
  });

  it('never lets a second (older, duplicate) review replace a signed decision', async () => {
    const applicationId = await freshApplication(3);
    const first = (await share(applicationId, 'studio-one')).body;
    // A duplicate review written before this rule existed, straight into the table.
    const duplicate = { ...first, id: '01DUPL1CATE000000000000000', createdAt: '2026-03-10T09:00:01.000Z' };
    await api.db.send(
      new PutCommand({
        TableName: api.tableName,
        Item: {
          pk: `REVIEW#${duplicate.id}`,
          sk: 'REVIEW',
          gsi2pk: 'ORG#studio-one',
          gsi2sk: `REVIEW#${duplicate.createdAt}#${duplicate.id}`,
          entity: 'Review',
          ...duplicate,
        },
      }),
    );
    const signAs = async (id: string, decision: string) => {
      const path = `/api/reviews/${id}`;
      const line = await api.request('PUT', `${path}/lines/l1`, {
        token: consultant,
        body: { decision: 'accept', revision: 1 },
      });
      const decided = await api.request('POST', `${path}/decision`, {
        token: consultant,
        body: { decision, revision: line.body.revision },
      });
      return api.request('POST', `${path}/sign`, {
        token: consultant,
        body: { revision: decided.body.revision },
      });
    };
    expect((await signAs(first.id, 'reject')).status).toBe(200);
    const replaced = await signAs(duplicate.id, 'approve');
    expect(replaced.status).toBe(409);
    const seen = await api.request('GET', `/api/applications/${applicationId}`, { token: sme.token });
    expect(seen.body.review).toMatchObject({ reviewId: first.id, decision: 'reject' });
  });
});
