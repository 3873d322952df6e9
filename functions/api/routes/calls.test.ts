/**
 * The call routes through `app.request` on in-memory adapters: no JVM. Drafting, editing over a
 * revision, the publishing check, the audit trail and closing; publishing opens the budget (not in
 * memory yet), so it is tested on DynamoDB Local (tests/integration/calls-lifecycle.test.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Call } from '../../../shared/calls/call-schema';
import { pidLombardiaRules } from '../../../shared/fixtures/schemes';
import { createInMemoryApp } from '../../in-memory/in-memory-app';

type InMemoryApp = Awaited<ReturnType<typeof createInMemoryApp>>;
const NOW = new Date('2026-12-03T09:00:00Z');
const draftBody = {
  title: 'Digital voucher 2027',
  description: 'Half of consulting costs.',
  closesAt: '2027-06-30T17:00:00+02:00',
  timeZone: 'Europe/Rome',
  budgetCents: 100_000_00,
  rules: pidLombardiaRules,
};

describe('call routes, in memory', () => {
  let api: InMemoryApp;
  let token: string;
  beforeEach(async () => {
    // A clock that moves, as a real one does: audit entries of one instant have no set order on DynamoDB.
    let tick = 0;
    api = await createInMemoryApp({ now: () => new Date(NOW.getTime() + tick++) });
    token = await api.tokenFor('association', 'assoc-a');
  });

  it('draft a call for the caller’s association, private until published', async () => {
    const created = await api.request('POST', '/api/calls', { token, body: draftBody });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', ownerOrgId: 'assoc-a', revision: 1 });
    expect(created.headers.get('location')).toBe(`/api/calls/${created.body.id}`);
    expect((await api.request('GET', `/api/calls/${created.body.id}`)).status).toBe(404);
    const mine = await api.request('GET', '/api/calls/mine', { token });
    expect(mine.body.items.map((c: Call) => c.id)).toEqual([created.body.id]);
    const sme = await api.tokenFor('sme', 'sme-a');
    expect((await api.request('POST', '/api/calls', { token: sme, body: draftBody })).status).toBe(403);
  });

  it('edit a draft only over the revision read; another association finds no such call', async () => {
    const { body: call } = await api.request('POST', '/api/calls', { token, body: draftBody });
    const edit = (title: string, revision: number, as = token) =>
      api.request('PUT', `/api/calls/${call.id}`, { token: as, body: { ...draftBody, title, revision } });
    expect((await edit('Renamed', 1)).status).toBe(200);
    const stale = await edit('Stale', 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    const other = await api.tokenFor('association', 'assoc-b');
    expect((await edit('Taken over', 2, other)).status).toBe(404);
    const audit = await api.request('GET', `/api/calls/${call.id}/audit`, { token });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['created', 'edited']);
    expect((await api.request('GET', `/api/calls/${call.id}/audit`, { token: other })).status).toBe(404);
  });

  it('refuse an erratum or a closing for a call not published, saying so by its code', async () => {
    const { body: call } = await api.request('POST', '/api/calls', { token, body: draftBody });
    const erratum = await api.request('POST', `/api/calls/${call.id}/errata`, {
      token,
      body: { revision: 1, rules: pidLombardiaRules },
    });
    expect([erratum.status, erratum.body.error.code]).toEqual([409, 'call_not_published']);
    const close = await api.request('POST', `/api/calls/${call.id}/close`, { token, body: { revision: 1 } });
    expect([close.status, close.body.error.code]).toEqual([409, 'call_not_published']);
  });

  it('say what stands between a draft and publishing, each problem at its field', async () => {
    const { rules: _rules, ...withoutRules } = draftBody;
    const past = { ...withoutRules, closesAt: '2026-11-30T17:00:00+01:00' };
    const { body: call } = await api.request('POST', '/api/calls', { token, body: past });
    const check = await api.request('POST', `/api/calls/${call.id}/validate`, { token });
    expect(check.status).toBe(200);
    expect(check.body.publishable).toBe(false);
    expect(check.body.problems.map((p: { path: string }) => p.path)).toEqual(['closesAt', 'rules']);
    // Rules valid for a draft, with a category named in English only: not publishable yet.
    const englishOnly = {
      ...draftBody,
      rules: {
        ...pidLombardiaRules,
        categories: pidLombardiaRules.categories.map((c, i) =>
          i === 1 ? { ...c, label: { en: c.label.en } } : c,
        ),
      },
    };
    const { body: untranslated } = await api.request('POST', '/api/calls', { token, body: englishOnly });
    const gaps = await api.request('POST', `/api/calls/${untranslated.id}/validate`, { token });
    expect(gaps.body.publishable).toBe(false);
    expect(gaps.body.problems.map((p: { path: string }) => p.path)).toEqual([
      'rules.categories.1.label.it',
      'rules.categories.1.label.nl',
    ]);
    const { body: good } = await api.request('POST', '/api/calls', { token, body: draftBody });
    expect((await api.request('POST', `/api/calls/${good.id}/validate`, { token })).body).toEqual({
      publishable: true,
      problems: [],
    });
  });

  it('close a published call over the revision read: it leaves the open list', async () => {
    const { body: draft } = await api.request('POST', '/api/calls', { token, body: draftBody });
    // Published through the store: publishing itself also opens the budget, which has no in-memory twin yet.
    const published: Call = { ...draft, status: 'published', version: 1, revision: 2 };
    await api.deps.calls.publishVersion(published, 1, {
      resource: 'call',
      resourceId: draft.id,
      at: api.deps.now().toISOString(),
      actor: { sub: 'anna', orgId: 'assoc-a', roles: ['association'] },
      action: 'published',
      changes: {},
    });
    expect((await api.request('GET', '/api/calls')).body.items.map((c: Call) => c.id)).toEqual([draft.id]);
    const close = (revision: number) =>
      api.request('POST', `/api/calls/${draft.id}/close`, { token, body: { revision } });
    expect((await close(1)).status).toBe(409);
    expect((await close(2)).body).toMatchObject({ status: 'closed', revision: 3 });
    expect((await close(3)).status).toBe(409);
    expect((await api.request('GET', '/api/calls')).body.items).toEqual([]);
    expect(api.errors).toEqual([]);
  });
});
