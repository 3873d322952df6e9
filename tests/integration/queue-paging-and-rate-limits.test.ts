/**
 * Issue #12, finding 11: the consultancy's queue is paged by cursor (nothing past the first page is
 * lost), and one organisation cannot flood it: shares and submits are rate-limited per organisation
 * (429 with Retry-After), while retries of the same submission (same Idempotency-Key) cost nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoRateLimiter } from '../../functions/data/dynamo-rate-limiter';
import { seedConsultancy } from './support/seed';
import { type Applicant, applicant, applicationOf, publishedCall } from './support/shared-application';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');

describe('queue paging and rate limits', () => {
  let api: TestApi;
  let callId: string;
  let consultant: string;

  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    callId = await publishedCall(
      api,
      await api.tokenFor({ role: 'association', orgId: 'assoc-flood' }),
      'flood',
    );
    consultant = await api.tokenFor({ role: 'consultant', orgId: 'studio-flood' });
    await seedConsultancy(api.deps, 'studio-flood', NOW);
  });
  afterAll(() => api.dispose());

  const share = (who: Applicant, applicationId: string) =>
    api.request('POST', `/api/applications/${applicationId}/share`, {
      token: who.token,
      body: { consultantOrgId: 'studio-flood' },
    });

  it('pages the review queue by cursor, newest first, and refuses a forged cursor', async () => {
    const shared: string[] = [];
    for (let i = 0; i < 5; i++) {
      // A company applies to a call once: five SMEs share one application each.
      const sme = await applicant(api, `sme-paged-${i}`, NOW);
      const response = await share(sme, await applicationOf(api, sme, callId, `paged-key-000${i}`));
      shared.push(response.body.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = await api.request('GET', `/api/reviews${query}`, { token: consultant });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((r: { id: string }) => r.id));
      cursor = page.body.cursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...shared].reverse());

    const forged = await api.request(
      'GET',
      `/api/reviews?cursor=${Buffer.from('{"pk":"x"}').toString('base64url')}`,
      {
        token: consultant,
      },
    );
    expect(forged.status).toBe(400);
    expect(forged.body.error.fields[0].path).toBe('cursor');
  });

  it('answers 429 with Retry-After past the submit and share limits of one organisation', async () => {
    api.deps.rateLimiter = new DynamoRateLimiter(
      api.db,
      api.tableName,
      { submit: { limit: 3, windowSeconds: 60 }, share: { limit: 2, windowSeconds: 3600 } },
      api.deps.now,
    );
    const flooder = await applicant(api, 'sme-flooder', NOW);
    // One application per call and company: the flooder applies to four calls.
    const calls = [callId];
    const association = await api.tokenFor({ role: 'association', orgId: 'assoc-flood' });
    for (let i = 1; i < 4; i++) calls.push(await publishedCall(api, association, `flood-${i}`));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(await applicationOf(api, flooder, calls[i] as string, `flood-key-000${i}`));

    const tooMany = await api.request('POST', '/api/applications', {
      token: flooder.token,
      body: { planId: flooder.planId, callId: calls[3], callVersion: 1 },
      headers: { 'idempotency-key': 'flood-key-0003' },
    });
    expect(tooMany.status).toBe(429);
    expect(tooMany.body.error.code).toBe('rate_limited');
    expect(Number(tooMany.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(tooMany.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // A retry of a submission already counted is not another submission.
    const retry = await api.request('POST', '/api/applications', {
      token: flooder.token,
      body: { planId: flooder.planId, callId: calls[1], callVersion: 1 },
      headers: { 'idempotency-key': 'flood-key-0001' },
    });
    expect(retry.status).toBe(200);

    expect((await share(flooder, ids[0] as string)).status).toBe(201);
    expect((await share(flooder, ids[1] as string)).status).toBe(201);
    const flooded = await share(flooder, ids[2] as string);
    expect(flooded.status).toBe(429);
    expect(flooded.body.error.code).toBe('rate_limited');
    expect(Number(flooded.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(flooded.headers.get('retry-after'))).toBeLessThanOrEqual(3600);

    // Another organisation is not slowed down by the flooder.
    const other = await applicant(api, 'sme-calm', NOW);
    expect((await share(other, await applicationOf(api, other, callId, 'calm-key-0001'))).status).toBe(201);
  });
});
