/**
 * Issue #12, finding 7: ids named after what every JavaScript object already has (`constructor`,
 * `__proto__`, `toString`) are refused where users type them, and ids already stored under such names
 * (older data) neither break a route nor count as reviewed.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstComeHardwareRules, seedConsultancy } from './support/seed';
import { type Applicant, applicant, applicationOf, publishedCall } from './support/shared-application';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const HOSTILE = ['constructor', '__proto__', 'toString'];

describe('hostile ids', () => {
  let api: TestApi;
  let sme: Applicant;
  let association: string;
  let consultant: string;
  let callId: string;

  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    association = await api.tokenFor({ role: 'association', orgId: 'assoc-hostile-ids' });
    callId = await publishedCall(api, association, 'hostile-ids');
    sme = await applicant(api, 'sme-hostile-ids', NOW);
    consultant = await api.tokenFor({ role: 'consultant', orgId: 'studio-hostile-ids' });
    await seedConsultancy(api.deps, 'studio-hostile-ids', NOW);
  });
  afterAll(() => api.dispose());

  const line = (id: string) => ({
    id,
    category: 'hardware',
    description: 'Laptops',
    supplier: { name: 'Shop' },
    amountCents: 2_000_00,
    date: '2026-04-01',
  });

  it('refuses such spend-line ids in a plan with 400 at the field, never 500', async () => {
    for (const id of HOSTILE) {
      const created = await api.request('POST', '/api/plans', {
        token: sme.token,
        body: {
          title: 'Hostile',
          projectPeriod: { from: '2026-03-01', to: '2026-12-31' },
          lines: [line(id)],
        },
      });
      expect(created.status, id).toBe(400);
      expect(
        created.body.error.fields.map((f: { path: string }) => f.path),
        id,
      ).toContain('lines.0.id');
    }
  });

  it('refuses such question ids in a call with 400 at the field', async () => {
    const created = await api.request('POST', '/api/calls', {
      token: association,
      body: {
        title: 'Hostile questions',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 1_000_00,
        questions: [{ id: 'constructor', label: 'Who are you?' }],
      },
    });
    expect(created.status).toBe(400);
    expect(created.body.error.fields.map((f: { path: string }) => f.path)).toContain('questions.0.id');
  });

  it('answers 422, not 500, when a stored call asks a question named constructor that was not answered', async () => {
    const withQuestion = await api.request('POST', '/api/calls', {
      token: association,
      body: {
        title: 'Call with a question',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 1_000_000_00,
        rules: firstComeHardwareRules('hostile-question'),
        questions: [{ id: 'motivation', label: 'Why?' }],
      },
    });
    await api.request('POST', `/api/calls/${withQuestion.body.id}/publish`, { token: association });
    // Stored before ids were checked: the question's id is 'constructor'.
    await api.db.send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: { pk: `CALL#${withQuestion.body.id}`, sk: 'CALL' },
        UpdateExpression: 'SET questions[0].id = :id',
        ExpressionAttributeValues: { ':id': 'constructor' },
      }),
    );
    const submitted = await api.request('POST', '/api/applications', {
      token: sme.token,
      body: { planId: sme.planId, callId: withQuestion.body.id, callVersion: 1 },
      headers: { 'idempotency-key': 'hostile-question-1' },
    });
    expect(submitted.status).toBe(422);
    expect(submitted.body.error.fields).toEqual([
      { path: 'answers.constructor', message: expect.any(String) },
    ]);
  });

  for (const id of HOSTILE) {
    it(`reviews a stored report line named ${id}: no 500, not counted as reviewed before it is`, async () => {
      // One SME per case: a company applies to a call once.
      const owner = await applicant(api, `sme-hostile-${id.replace(/_/g, 'u').toLowerCase()}`, NOW);
      const applicationId = await applicationOf(api, owner, callId, `hostile-line-${id.replace(/_/g, 'u')}`);
      // Stored before ids were checked: the report's only line is named after an Object property.
      await api.db.send(
        new UpdateCommand({
          TableName: api.tableName,
          Key: { pk: `COMPANY#${owner.orgId}`, sk: `APP#${applicationId}` },
          UpdateExpression: 'SET report.#lines[0].lineId = :id',
          ExpressionAttributeNames: { '#lines': 'lines' },
          ExpressionAttributeValues: { ':id': id },
        }),
      );
      const review = await api.request('POST', `/api/applications/${applicationId}/share`, {
        token: owner.token,
        body: { consultantOrgId: 'studio-hostile-ids' },
      });
      expect(review.status).toBe(201);
      const path = `/api/reviews/${review.body.id}`;
      expect((await api.request('GET', path, { token: consultant })).status).toBe(200);
      const decided = await api.request('POST', `${path}/decision`, {
        token: consultant,
        body: { decision: 'approve', revision: 1 },
      });
      const early = await api.request('POST', `${path}/sign`, {
        token: consultant,
        body: { revision: decided.body.revision },
      });
      expect(early.status).toBe(422);
      expect(early.body.error.fields).toEqual([{ path: `lines.${id}`, message: expect.any(String) }]);

      const reviewed = await api.request('PUT', `${path}/lines/${id}`, {
        token: consultant,
        body: { decision: 'accept', revision: decided.body.revision },
      });
      if (id !== 'toString') {
        // Names a stored map cannot hold: refused in the address, and the review stays unsigned.
        expect(reviewed.status).toBe(400);
        return;
      }
      expect(reviewed.status).toBe(200);
      const signed = await api.request('POST', `${path}/sign`, {
        token: consultant,
        body: { revision: reviewed.body.revision },
      });
      expect(signed.status).toBe(200);
      const read = await api.request('GET', path, { token: consultant });
      expect(read.body.review.integrity).toBe('verified');
    });
  }
});
