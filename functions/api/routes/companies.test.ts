/** The company-profile routes through `app.request` on in-memory adapters: no JVM (the same routes on DynamoDB Local: tests/integration/plans-api.test.ts). */
import { beforeEach, describe, expect, it } from 'vitest';
import { milanRestaurant } from '../../../shared/fixtures/schemes';
import { createInMemoryApp } from '../../in-memory/in-memory-app';

const { id: _id, ...profile } = milanRestaurant;
type InMemoryApp = Awaited<ReturnType<typeof createInMemoryApp>>;

describe('company profile routes, in memory', () => {
  let api: InMemoryApp;
  let token: string;
  beforeEach(async () => {
    api = await createInMemoryApp();
    token = await api.tokenFor('sme', 'sme-milano');
  });

  it('ask who is calling: 401 without a token, 403 for another role', async () => {
    expect((await api.request('GET', '/api/companies/mine')).status).toBe(401);
    const association = await api.tokenFor('association', 'assoc-pid');
    expect((await api.request('GET', '/api/companies/mine', { token: association })).status).toBe(403);
    expect(
      (await api.request('PUT', '/api/companies/mine', { token: association, body: profile })).status,
    ).toBe(403);
  });

  it('save the profile under the caller’s organisation with its size class, and read it back', async () => {
    expect((await api.request('GET', '/api/companies/mine', { token })).status).toBe(404);
    const saved = await api.request('PUT', '/api/companies/mine', {
      token,
      body: { ...profile, revision: 0 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      revision: 1,
      company: { id: 'sme-milano' },
      sizeClass: { sizeClass: 'micro' },
    });
    expect((await api.request('GET', '/api/companies/mine', { token })).body).toEqual(saved.body);
    // Another SME sees none of it.
    const other = await api.tokenFor('sme', 'sme-other');
    expect((await api.request('GET', '/api/companies/mine', { token: other })).status).toBe(404);
  });

  it('answer a mistake with 400 naming the field in words, and store nothing', async () => {
    const wrong = await api.request('PUT', '/api/companies/mine', {
      token,
      body: { ...profile, figures: { ...profile.figures, staffAwu: -1 }, revision: 0 },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual([
      { path: 'figures.staffAwu', message: expect.stringMatching(/^[A-Za-z]/) },
    ]);
    expect((await api.request('GET', '/api/companies/mine', { token })).status).toBe(404);
  });

  it('refuse a stale save with 409 and the stored profile, so the client loses nothing', async () => {
    await api.request('PUT', '/api/companies/mine', { token, body: { ...profile, revision: 0 } });
    const stale = await api.request('PUT', '/api/companies/mine', {
      token,
      body: { ...profile, name: 'Renamed', revision: 0 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ revision: 1, company: { name: profile.name } });
    expect(api.errors).toEqual([]);
  });
});
