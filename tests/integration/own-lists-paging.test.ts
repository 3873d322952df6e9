/** An SME's own lists (plans, applications) come in pages with a cursor that only that list accepts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milanRestaurantPlan } from '../../shared/fixtures/schemes';
import { createTestApi, type TestApi } from './support/test-api';

describe("paging an SME's own lists", () => {
  let api: TestApi;
  let token: string;
  let other: string;
  beforeAll(async () => {
    api = await createTestApi();
    token = await api.tokenFor({ role: 'sme', orgId: 'sme-pager' });
    other = await api.tokenFor({ role: 'sme', orgId: 'sme-other' });
    const { id: _p, companyId: _c, ...plan } = milanRestaurantPlan;
    for (const title of ['One', 'Two', 'Three']) {
      expect((await api.request('POST', '/api/plans', { token, body: { ...plan, title } })).status).toBe(201);
    }
    await api.request('POST', '/api/plans', { token: other, body: { ...plan, title: 'Theirs' } });
  });
  afterAll(() => api.dispose());

  it('pages the plans by cursor to the end, and every plan comes once', async () => {
    const first = await api.request('GET', '/api/plans?limit=2', { token });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.cursor).toEqual(expect.any(String));
    const second = await api.request('GET', `/api/plans?limit=2&cursor=${first.body.cursor}`, { token });
    const titles = [...first.body.items, ...second.body.items].map(
      (r: { plan: { title: string } }) => r.plan.title,
    );
    expect(titles.sort()).toEqual(['One', 'Three', 'Two']);
    expect(second.body.cursor).toBeUndefined();
  });

  it("refuses a forged cursor, another company's cursor and a bad limit with 400", async () => {
    const mine = await api.request('GET', '/api/plans?limit=1', { token });
    const theirs = await api.request('GET', `/api/plans?limit=1&cursor=${mine.body.cursor}`, {
      token: other,
    });
    expect(theirs.status).toBe(400);
    expect((await api.request('GET', '/api/plans?cursor=bm90LWEtY3Vyc29y', { token })).status).toBe(400);
    // The caller's own cursor, edited to point outside its list (another kind of item in the partition):
    // DynamoDB refuses such a start key, and that must be the client's 400, not a 500.
    const key = JSON.parse(Buffer.from(mine.body.cursor, 'base64url').toString('utf8'));
    for (const sk of ['PROFILE', 'APPLICATION#x', 'ZZZ']) {
      const edited = Buffer.from(JSON.stringify({ ...key, sk })).toString('base64url');
      const answer = await api.request('GET', `/api/plans?limit=1&cursor=${edited}`, { token });
      expect(answer.status, sk).toBe(400);
    }
    expect((await api.request('GET', '/api/applications?limit=0', { token })).status).toBe(400);
    expect((await api.request('GET', '/api/applications?limit=101', { token })).status).toBe(400);
  });

  it('answers the applications list as a page', async () => {
    const page = await api.request('GET', '/api/applications?limit=5', { token });
    expect(page.status).toBe(200);
    expect(page.body).toEqual({ items: [] });
  });
});
