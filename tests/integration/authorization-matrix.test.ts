/** Every documented route × every role × own and foreign resources: nothing leaks across organisations. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeDocs } from '../../functions/api/route-docs';
import { ROLES } from '../../shared/auth/roles';
import { milanRestaurant, milanRestaurantPlan, pidLombardiaRules } from '../../shared/fixtures/schemes';
import { createTestApi, type TestApi } from './support/test-api';

const own = { association: 'assoc-own', sme: 'sme-own', consultant: 'consultant-own' } as const;
const foreign = {
  association: 'assoc-foreign',
  sme: 'sme-foreign',
  consultant: 'consultant-foreign',
} as const;

describe('authorization matrix', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi({ now: () => new Date('2025-03-01T09:00:00Z') });
    for (const role of ROLES) {
      tokens[`own-${role}`] = await api.tokenFor({ role, orgId: own[role] });
      tokens[`foreign-${role}`] = await api.tokenFor({ role, orgId: foreign[role] });
    }
    const association = tokens['own-association'];
    const sme = tokens['own-sme'];
    const call = await api.request('POST', '/api/calls', {
      token: association,
      body: {
        title: 'Matrix call',
        closesAt: '2025-06-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 100_000_00,
        rules: pidLombardiaRules,
      },
    });
    ids.call = call.body.id;
    await api.request('POST', `/api/calls/${ids.call}/publish`, { token: association });
    const { id: _c, ...profile } = milanRestaurant;
    await api.request('PUT', '/api/companies/mine', { token: sme, body: { ...profile, revision: 0 } });
    const { id: _p, companyId: _o, ...plan } = milanRestaurantPlan;
    ids.plan = (await api.request('POST', '/api/plans', { token: sme, body: plan })).body.plan.id;
    const application = await api.request('POST', '/api/applications', {
      token: sme,
      body: { planId: ids.plan, callId: ids.call, callVersion: 1 },
      headers: { 'idempotency-key': 'matrix-key-0001' },
    });
    expect(application.status).toBe(201);
    ids.application = application.body.id;
    const review = await api.request('POST', `/api/applications/${ids.application}/share`, {
      token: sme,
      body: { consultantOrgId: own.consultant },
    });
    expect(review.status).toBe(201);
    ids.review = review.body.id;
  });
  afterAll(() => api.dispose());

  const resourceOf = (path: string) =>
    path.startsWith('/plans')
      ? 'plan'
      : path.startsWith('/applications')
        ? 'application'
        : path.startsWith('/reviews')
          ? 'review'
          : 'call';

  /** Fills a route's path with the own resources: calls for /calls, plans for /plans, and so on. */
  const pathOf = (path: string) =>
    `/api${path}`
      .replace(':callId', ids.call ?? '')
      .replace(':version', '1')
      .replace(':lineId', 'website')
      .replace(':id', ids[resourceOf(path)] ?? '');

  const restricted = routeDocs.filter((d) => d.access !== 'public');

  it('answers 401 to every restricted route without a token, and 403 to every role it does not allow', async () => {
    const leaks: string[] = [];
    for (const doc of restricted) {
      const path = pathOf(doc.path);
      const body = doc.method === 'get' ? undefined : {};
      const anonymous = await api.request(doc.method.toUpperCase(), path, { body });
      if (anonymous.status !== 401 || anonymous.body?.error?.code !== 'unauthenticated')
        leaks.push(`${doc.method} ${path} anonymous → ${anonymous.status}`);
      for (const role of ROLES.filter((r) => doc.access !== 'public' && !doc.access.includes(r))) {
        const response = await api.request(doc.method.toUpperCase(), path, {
          token: tokens[`own-${role}`],
          body,
        });
        if (response.status !== 403 || response.body?.error?.code !== 'forbidden')
          leaks.push(`${doc.method} ${path} as ${role} → ${response.status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("answers 404 when an allowed role reaches another organisation's resource, and 2xx for its own", async () => {
    const leaks: string[] = [];
    const readsAndActions = restricted.filter((d) => d.path.includes(':id') && !d.body);
    expect(readsAndActions.length).toBeGreaterThan(8);
    for (const doc of readsAndActions.filter((d) => d.method === 'get')) {
      for (const role of doc.access as string[]) {
        const path = pathOf(doc.path);
        const theirs = await api.request('GET', path, { token: tokens[`foreign-${role}`] });
        if (theirs.status !== 404) leaks.push(`GET ${path} as foreign ${role} → ${theirs.status}`);
        const mine = await api.request('GET', path, { token: tokens[`own-${role}`] });
        if (mine.status !== 200)
          leaks.push(`GET ${path} as own ${role} → ${mine.status} ${JSON.stringify(mine.body)}`);
      }
    }
    for (const doc of readsAndActions.filter((d) => d.method === 'post')) {
      for (const role of doc.access as string[]) {
        const path = pathOf(doc.path);
        const theirs = await api.request('POST', path, { token: tokens[`foreign-${role}`] });
        if (theirs.status !== 404) leaks.push(`POST ${path} as foreign ${role} → ${theirs.status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('keeps drafts out of public reads', async () => {
    const draft = await api.request('POST', '/api/calls', {
      token: tokens['own-association'],
      body: {
        title: 'Secret draft',
        closesAt: '2025-06-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 100,
      },
    });
    expect((await api.request('GET', `/api/calls/${draft.body.id}`)).status).toBe(404);
    expect((await api.request('GET', `/api/calls/${draft.body.id}/versions/1`)).status).toBe(404);
  });
});
