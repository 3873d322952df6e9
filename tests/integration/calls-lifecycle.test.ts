import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  kmoPortefeuille2025Rules,
  kmoPortefeuille2026Rules,
  pidLombardiaRules,
} from '../../shared/fixtures/schemes';
import { createTestApi, type TestApi } from './support/test-api';

const association = { role: 'association', orgId: 'assoc-lifecycle' } as const;
const draft = (rules: unknown, overrides: Record<string, unknown> = {}) => ({
  title: 'Lifecycle call',
  closesAt: '2099-06-30T12:00:00+02:00',
  timeZone: 'Europe/Rome',
  budgetCents: 1_000_000_00,
  rules,
  ...overrides,
});

describe('call lifecycle: edit, publish, errata, close, audit, filters', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await createTestApi();
    token = await api.tokenFor(association);
  });
  afterAll(() => api.dispose());

  it('edits a draft with optimistic locking, publishes version 1, issues an erratum as version 2, and closes', async () => {
    const created = await api.request('POST', '/api/calls', { token, body: draft(kmoPortefeuille2025Rules) });
    const id = created.body.id;
    const edited = await api.request('PUT', `/api/calls/${id}`, {
      token,
      body: { ...draft(kmoPortefeuille2025Rules), title: 'KMO-portefeuille 2025', revision: 1 },
    });
    expect(edited.body).toMatchObject({ title: 'KMO-portefeuille 2025', revision: 2 });
    const stale = await api.request('PUT', `/api/calls/${id}`, {
      token,
      body: { ...draft(kmoPortefeuille2025Rules), revision: 1 },
    });
    expect(stale.status).toBe(409);

    const ready = await api.request('POST', `/api/calls/${id}/validate`, { token });
    expect(ready.body).toEqual({ publishable: true, problems: [] });
    const bare = await api.request('POST', '/api/calls', {
      token,
      body: draft(undefined, { closesAt: '2001-01-01T01:00:00+01:00' }),
    });
    const notReady = await api.request('POST', `/api/calls/${bare.body.id}/validate`, { token });
    expect(notReady.body.problems.map((p: { path: string }) => p.path)).toEqual(['closesAt', 'rules']);
    const v1 = await api.request('POST', `/api/calls/${id}/publish`, { token });
    expect(v1.body).toMatchObject({ status: 'published', version: 1 });
    const editPublished = await api.request('PUT', `/api/calls/${id}`, {
      token,
      body: { ...draft(kmoPortefeuille2025Rules), revision: 3 },
    });
    expect(editPublished.status).toBe(409);
    // The state that refused it, by its own code: the page words each one (ADR 0034).
    expect(editPublished.body.error.code).toBe('call_published');
    const again = await api.request('POST', `/api/calls/${id}/publish`, { token });
    expect([again.status, again.body.error.code]).toEqual([409, 'call_not_draft']);

    const v2 = await api.request('POST', `/api/calls/${id}/errata`, {
      token,
      body: {
        revision: v1.body.revision,
        rules: kmoPortefeuille2026Rules,
        description: 'From 1 Feb 2026 advice only on cybersecurity.',
      },
    });
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ version: 2 });
    expect(v2.body.rulesHash).not.toBe(v1.body.rulesHash);
    const pinned = await api.request('GET', `/api/calls/${id}/versions/1`);
    expect(pinned.body.rulesHash).toBe(v1.body.rulesHash);
    expect(pinned.body.rules.categories.map((c: { id: string }) => c.id)).toContain('advice');
    expect((await api.request('GET', `/api/calls/${id}/versions/3`)).status).toBe(404);

    const closed = await api.request('POST', `/api/calls/${id}/close`, {
      token,
      body: { revision: v2.body.revision },
    });
    expect(closed.body.status).toBe('closed');
    const open = await api.request('GET', '/api/calls?limit=100');
    expect(open.body.items.map((c: { id: string }) => c.id)).not.toContain(id);

    const audit = await api.request('GET', `/api/calls/${id}/audit`, { token });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'edited',
      'published',
      'erratum',
      'closed',
    ]);
    expect(audit.body.items[1]).toMatchObject({
      actor: { orgId: 'assoc-lifecycle', roles: ['association'] },
      changes: {
        title: { before: 'Lifecycle call', after: 'KMO-portefeuille 2025' },
        revision: { before: 1, after: 2 },
      },
    });
    expect(audit.body.items[3].changes.rules).toEqual({ before: '(changed)', after: '(changed)' });
    const foreign = await api.request('GET', `/api/calls/${id}/audit`, {
      token: await api.tokenFor({ role: 'association', orgId: 'x' }),
    });
    expect(foreign.status).toBe(404);
  });

  it('filters open calls by region, size class, sector, spend category and deadline', async () => {
    const lombardy = await api.request('POST', '/api/calls', {
      token,
      body: draft(pidLombardiaRules, { title: 'PID' }),
    });
    const flanders = await api.request('POST', '/api/calls', {
      token,
      body: draft(kmoPortefeuille2025Rules, { title: 'KMO', closesAt: '2098-01-31T17:00:00+01:00' }),
    });
    for (const id of [lombardy.body.id, flanders.body.id])
      await api.request('POST', `/api/calls/${id}/publish`, { token });
    const titles = async (query: string) =>
      (await api.request('GET', `/api/calls?limit=100&${query}`)).body.items.map(
        (c: { title: string }) => c.title,
      );

    expect(await titles('region=IT-MI')).toEqual(['PID']);
    expect(await titles('region=BE-VLG')).toEqual(['KMO']);
    expect(await titles('sector=01.11')).toEqual(['KMO']);
    expect(await titles('category=catering')).toEqual(['KMO']);
    expect(await titles('sizeClass=large')).toEqual([]);
    expect(await titles('closesBefore=2098-12-31T00:00:00Z')).toEqual(['KMO']);
    const bad = await api.request('GET', '/api/calls?sizeClass=huge&region=x');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'region',
      'sizeClass',
    ]);
  });
});
