/** The plan routes through `app.request` on in-memory adapters: no JVM (the same routes on DynamoDB Local: tests/integration/plans-api.test.ts). */
import { beforeEach, describe, expect, it } from 'vitest';
import { milanRestaurant, milanRestaurantPlan } from '../../../shared/fixtures/schemes';
import { createInMemoryApp } from '../../in-memory/in-memory-app';

const { id: _id, companyId: _companyId, ...planBody } = milanRestaurantPlan;
type InMemoryApp = Awaited<ReturnType<typeof createInMemoryApp>>;

describe('plan routes, in memory', () => {
  let api: InMemoryApp;
  let token: string;
  beforeEach(async () => {
    api = await createInMemoryApp();
    token = await api.tokenFor('sme', 'sme-milano');
  });

  it('create a plan under the caller’s company, with its address, and read it back', async () => {
    const created = await api.request('POST', '/api/plans', { token, body: planBody });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/plans/${created.body.plan.id}`);
    expect(created.body).toMatchObject({
      revision: 1,
      plan: { companyId: 'sme-milano', title: planBody.title },
    });
    expect((await api.request('GET', `/api/plans/${created.body.plan.id}`, { token })).body).toEqual(
      created.body,
    );
  });

  it('keep plans private: another SME gets 404 on read and edit, an association 403', async () => {
    const { body } = await api.request('POST', '/api/plans', { token, body: planBody });
    const other = await api.tokenFor('sme', 'sme-other');
    expect((await api.request('GET', `/api/plans/${body.plan.id}`, { token: other })).status).toBe(404);
    const edit = { ...planBody, title: 'Taken over', revision: 1 };
    expect(
      (await api.request('PUT', `/api/plans/${body.plan.id}`, { token: other, body: edit })).status,
    ).toBe(404);
    const association = await api.tokenFor('association', 'assoc-pid');
    expect((await api.request('GET', `/api/plans/${body.plan.id}`, { token: association })).status).toBe(403);
    expect((await api.request('GET', `/api/plans/${body.plan.id}`, { token })).body.plan.title).toBe(
      planBody.title,
    );
  });

  it('let one of two edits from the same revision win; the other gets 409 with the stored plan', async () => {
    const { body } = await api.request('POST', '/api/plans', { token, body: planBody });
    const edit = (title: string) =>
      api.request('PUT', `/api/plans/${body.plan.id}`, { token, body: { ...planBody, title, revision: 1 } });
    const first = await edit('Version A');
    const second = await edit('Version B');
    expect([first.status, second.status]).toEqual([200, 409]);
    expect(second.body.current).toMatchObject({ revision: 2, plan: { title: 'Version A' } });
  });

  it('tell why a draft cannot be made in a fixed order, though plan, profile and call are read together', async () => {
    const draftOf = (planId: string, callId: string) =>
      api.request('GET', `/api/plans/${planId}/application-draft/${callId}`, { token });
    // No such plan and no profile either: the plan is told first.
    const none = await draftOf('01J0000000000000000000000P', '01J0000000000000000000000C');
    expect([none.status, none.body.error.code]).toEqual([404, 'not_found']);
    expect(none.body.error.message).toMatch(/plan/i);
    // The plan, but no profile: the profile, before the missing call.
    const { body } = await api.request('POST', '/api/plans', { token, body: planBody });
    const noProfile = await draftOf(body.plan.id, '01J0000000000000000000000C');
    expect([noProfile.status, noProfile.body.error.code]).toEqual([422, 'profile_missing']);
    // Plan and profile, but no such call.
    const { id: _company, ...profile } = milanRestaurant;
    await api.request('PUT', '/api/companies/mine', { token, body: { ...profile, revision: 0 } });
    const noCall = await draftOf(body.plan.id, '01J0000000000000000000000C');
    expect([noCall.status, noCall.body.error.code]).toEqual([404, 'not_found']);
    expect(noCall.body.error.message).toMatch(/call/i);
    expect(api.errors).toEqual([]);
  });

  it('page the caller’s plans by cursor, each once, and refuse a cursor it did not give with 400', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (await api.request('POST', '/api/plans', { token, body: { ...planBody, title: `Plan ${i}` } })).body
          .plan.id,
      );
    }
    const seen: string[] = [];
    let path = '/api/plans?limit=2';
    for (let pages = 0; pages < 5; pages++) {
      const page = await api.request('GET', path, { token });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((r: { plan: { id: string } }) => r.plan.id));
      if (!page.body.cursor) break;
      path = `/api/plans?limit=2&cursor=${encodeURIComponent(page.body.cursor)}`;
    }
    expect(seen.sort()).toEqual(ids.sort());
    const wrong = await api.request('GET', '/api/plans?limit=2&cursor=made-up', { token });
    expect(wrong.status).toBe(400);
    expect(api.errors).toEqual([]);
  });
});
