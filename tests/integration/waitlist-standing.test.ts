/**
 * Issue #15: a waitlisted applicant's receipt says where it stands — its place and, when that tells
 * nothing of others' requests, about how much more its turn needs — and the answer follows
 * withdrawals and promotions within the few seconds a warm function keeps a call's queue. Answers
 * carry an ETag, so an unchanged standing polled again is a 304.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApplicationStanding,
  QUEUE_MAX_AGE_MS,
} from '../../functions/applications/application-standing';
import type { Application } from '../../shared/applications/application-schema';
import { firstComeHardwareRules, seedSme } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

const START = new Date('2026-03-10T09:00:00Z').getTime();
const GRANT = 1_000_00;

describe('where a waitlisted applicant stands', () => {
  let api: TestApi;
  let clock = START;
  const later = () => {
    clock += QUEUE_MAX_AGE_MS + 1000;
  };
  beforeAll(async () => {
    api = await createTestApi({ now: () => new Date(clock) });
  });
  afterAll(() => api.dispose());

  it('gives each waitlisted applicant its place in receipt order, and follows withdrawals and promotions', async () => {
    const association = await api.tokenFor({ role: 'association', orgId: 'assoc-standing' });
    const created = await api.request('POST', '/api/calls', {
      token: association,
      body: {
        title: 'Standing',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 2 * GRANT,
        rules: firstComeHardwareRules('standing'),
      },
    });
    await api.request('POST', `/api/calls/${created.body.id}/publish`, { token: association });
    const smes: { token: string; application: Application }[] = [];
    for (let i = 0; i < 5; i++) {
      const orgId = `sme-standing-${i}`;
      const planId = await seedSme(api.deps, orgId, new Date(clock));
      const token = await api.tokenFor({ role: 'sme', orgId });
      const response = await api.request('POST', '/api/applications', {
        token,
        body: { planId, callId: created.body.id, callVersion: 1 },
        headers: { 'idempotency-key': `standing-key-${i}` },
      });
      expect(response.status).toBe(201);
      smes.push({ token, application: response.body });
    }
    const standing = async (i: number) => {
      const sme = smes[i] as (typeof smes)[number];
      const response = await api.request('GET', `/api/applications/${sme.application.id}/standing`, {
        token: sme.token,
      });
      expect(response.status).toBe(200);
      return response.body as ApplicationStanding;
    };
    const places = async () =>
      Promise.all([0, 1, 2, 3, 4].map(async (i) => (await standing(i)).waitlist?.position));

    expect(smes.map((s) => s.application.status)).toEqual([
      'reserved',
      'reserved',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    expect(await standing(0)).toEqual({
      applicationId: smes[0]?.application.id,
      status: 'reserved',
      receiptNo: 1,
      reservedCents: GRANT,
    });
    expect(await places()).toEqual([undefined, undefined, 1, 2, 3]);
    // First in line: the exact amount short; two ahead: no amount (it would tell their requests).
    expect((await standing(2)).waitlist).toEqual({ position: 1, aheadCount: 0, shortCents: GRANT });
    expect((await standing(4)).waitlist).toEqual({ position: 3, aheadCount: 2 });

    // Polled again unchanged: a 304 against the ETag, with no body to send.
    const first = await api.app.request(`/api/applications/${smes[4]?.application.id}/standing`, {
      headers: { authorization: `Bearer ${smes[4]?.token}` },
    });
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await api.app.request(`/api/applications/${smes[4]?.application.id}/standing`, {
      headers: { authorization: `Bearer ${smes[4]?.token}`, 'if-none-match': tag ?? '' },
    });
    expect(again.status).toBe(304);
    const polledAgain = async () =>
      api.app.request(`/api/applications/${smes[4]?.application.id}/standing`, {
        headers: { authorization: `Bearer ${smes[4]?.token}`, 'if-none-match': tag ?? '' },
      });

    // A waitlisted applicant ahead withdraws: the last one moves up once the kept queue is read again.
    await api.request('POST', `/api/applications/${smes[3]?.application.id}/withdraw`, {
      token: smes[3]?.token,
    });
    later();
    // Its place moved: the old ETag no longer matches, and the new answer comes whole.
    expect((await polledAgain()).status).toBe(200);
    expect(await places()).toEqual([undefined, undefined, 1, undefined, 2]);
    expect((await standing(4)).waitlist).toEqual({ position: 2, aheadCount: 1 });

    // A reserved applicant withdraws: its grant goes to the first in line, and the last is next.
    await api.request('POST', `/api/applications/${smes[1]?.application.id}/withdraw`, {
      token: smes[1]?.token,
    });
    later();
    expect((await standing(2)).status).toBe('reserved');
    expect((await standing(2)).reservedCents).toBe(GRANT);
    expect((await standing(4)).waitlist).toEqual({ position: 1, aheadCount: 0, shortCents: GRANT });
  });
});
