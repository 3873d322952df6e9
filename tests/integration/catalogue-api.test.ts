/**
 * Issue #16: the catalogue's public search and record pages over DynamoDB Local, with the shipped
 * records stored the way `npm start` stores them. The index is read with one paged Query (never a
 * Scan: the test API refuses them), withdrawn records drop out of search, and bad queries get a 400
 * naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCompany, demoPlan } from '../../functions/local/demo-data';
import { seedCatalogue } from '../../functions/local/seed-catalogue';
import { createTestApi, type TestApi } from './support/test-api';

describe('catalogue API on DynamoDB Local', () => {
  let api: TestApi;
  let clock = new Date('2026-12-02T12:00:00+01:00');

  beforeAll(async () => {
    api = await createTestApi({ now: () => clock });
    const first = await seedCatalogue(api.deps.catalogue, clock);
    expect(first.created).toBe(409);
    // `npm start` runs the same seed on every start: the second changes nothing.
    expect(await seedCatalogue(api.deps.catalogue, clock)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 409,
    });
  }, 120_000);
  afterAll(() => api.dispose());

  it('searches by region, size, ATECO code and purpose, with the source attribution', async () => {
    const found = await api.request(
      'GET',
      '/api/catalogue?region=IT-25&size=small&ateco=62.01&purpose=digitalisation&pageSize=50',
    );
    expect(found.status).toBe(200);
    expect(found.body.attribution).toContain('incentivi.gov.it');
    expect(found.body.items.map((h: { sourceId: string }) => h.sourceId)).toContain('8368');
    const words = await api.request('GET', '/api/catalogue?q=servizi%20digitali%20Como%20Lecco');
    expect(words.body.items[0].sourceId).toBe('8368');
  });

  it('reads one record, and says 404 for one it does not have', async () => {
    const record = await api.request('GET', '/api/catalogue/8368');
    expect(record.status).toBe(200);
    expect(record.body).toMatchObject({ sourceId: '8368', version: 1, status: 'active' });
    expect(record.body.call.title).toContain('CLAB');
    expect((await api.request('GET', '/api/catalogue/99999999')).status).toBe(404);
    const bad = await api.request('GET', '/api/catalogue/not-an-id');
    expect(bad.status).toBe(400);
  });

  it("lists the catalogue's possible fits for an SME's plan, each check said, none ruling it out", async () => {
    const sme = await api.tokenFor({ role: 'sme', orgId: 'sme-como' });
    const { id: _id, ...company } = demoCompany();
    // A micro shop in Como (Lombardy): the Como-Lecco chamber's calls are for it.
    const saved = await api.request('PUT', '/api/companies/mine', {
      token: sme,
      body: { ...company, regionCodes: ['IT', 'IT-25', 'ITC4', 'IT-CO'], seat: 'IT-CO', revision: 0 },
    });
    expect(saved.status).toBe(200);
    const { id: _planId, companyId: _owner, ...plan } = demoPlan(clock);
    const created = await api.request('POST', '/api/plans', { token: sme, body: plan });
    const fits = await api.request('GET', `/api/catalogue/fits/${created.body.plan.id}`, { token: sme });
    expect(fits.status).toBe(200);
    expect(fits.body.attribution).toContain('incentivi.gov.it');
    const ids = fits.body.items.map((f: { sourceId: string }) => f.sourceId);
    expect(ids).toEqual(expect.arrayContaining(['8052', '8368']));
    expect(fits.body.total).toBeGreaterThanOrEqual(ids.length);
    for (const fit of fits.body.items) {
      expect(fit.checks.map((c: { aspect: string }) => c.aspect)).toEqual([
        'window',
        'purpose',
        'area',
        'size',
        'sector',
        'applicant',
        'costs',
        'spend',
      ]);
      expect(fit.checks.find((c: { aspect: string }) => c.aspect === 'area').code).not.toBe('outside');
    }

    expect(fits.body.outsideItaly).toBe(false);

    // A company with no place in Italy: the Italian catalogue is not searched for it.
    const gent = await api.tokenFor({ role: 'sme', orgId: 'sme-gent' });
    await api.request('PUT', '/api/companies/mine', {
      token: gent,
      body: { ...company, regionCodes: ['BE', 'BE-VLG', 'BE-VOV'], seat: 'BE-VOV', revision: 0 },
    });
    const gentPlan = await api.request('POST', '/api/plans', { token: gent, body: plan });
    const abroad = await api.request('GET', `/api/catalogue/fits/${gentPlan.body.plan.id}`, { token: gent });
    expect(abroad.body).toMatchObject({ items: [], total: 0, outsideItaly: true });

    // Another SME's plan is not found; an SME with no profile is asked for one first.
    const other = await api.tokenFor({ role: 'sme', orgId: 'sme-elsewhere' });
    expect(
      (await api.request('GET', `/api/catalogue/fits/${created.body.plan.id}`, { token: other })).status,
    ).toBe(404);
    const own = await api.request('POST', '/api/plans', { token: other, body: plan });
    const missing = await api.request('GET', `/api/catalogue/fits/${own.body.plan.id}`, { token: other });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('profile_missing');
    expect((await api.request('GET', '/api/catalogue/fits/not-an-id', { token: sme })).status).toBe(400);
  });

  it("lets an association adopt a record as a draft with rules from the record's figures, then publish it", async () => {
    const association = await api.tokenFor({ role: 'association', orgId: 'assoc-adopt' });
    const adopted = await api.request('POST', '/api/catalogue/8368/adopt', { token: association, body: {} });
    expect(adopted.status).toBe(201);
    expect(adopted.headers.get('location')).toBe(`/api/calls/${adopted.body.id}`);
    // ID 8368: Lombardy only, SMEs, "Servizi, brevetti e licenze", aid up to €5,000, €97,600 budget.
    expect(adopted.body).toMatchObject({
      status: 'draft',
      ownerOrgId: 'assoc-adopt',
      budgetCents: 97_600_00,
      closesAt: '2026-12-31T23:59:59+01:00',
      adoptedFrom: { source: 'incentivi.gov.it', sourceId: '8368', version: 1 },
      rules: {
        applicant: { sizeClasses: ['micro', 'small', 'medium'], regions: { include: ['IT-25'] } },
        totals: { rate: { defaultBp: 0 }, maxGrantCents: 5_000_00 },
      },
    });
    expect(adopted.body.rules.categories.map((c: { id: string }) => c.id)).toEqual(['services-ip']);
    const mine = await api.request('GET', '/api/calls/mine', { token: association });
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(adopted.body.id);
    // The record states no rate: publishing is refused until the association sets one.
    const path = `/api/calls/${adopted.body.id}`;
    const refused = await api.request('POST', `${path}/publish`, { token: association });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['rules.totals.rate']);
    const checked = await api.request('POST', `${path}/validate`, { token: association });
    expect(checked.body.problems.map((p: { path: string }) => p.path)).toEqual(['rules.totals.rate']);
    const {
      id: _id,
      ownerOrgId: _o,
      status: _s,
      createdAt: _c,
      adoptedFrom,
      revision,
      ...draft
    } = adopted.body;
    const rules = { ...draft.rules, totals: { ...draft.rules.totals, rate: { defaultBp: 5000 } } };
    const rated = await api.request('PUT', path, { token: association, body: { ...draft, rules, revision } });
    expect(rated.status).toBe(200);
    expect(rated.body.adoptedFrom).toEqual(adoptedFrom);
    const published = await api.request('POST', `${path}/publish`, { token: association });
    expect(published.status).toBe(200);

    // A record without a budget asks for one, naming the field; unknown records, SMEs and strangers are refused.
    const noBudget = await api.request('POST', '/api/catalogue/51/adopt', { token: association, body: {} });
    expect(noBudget.status).toBe(400);
    expect(noBudget.body.error.fields.map((f: { path: string }) => f.path)).toContain('budgetCents');
    const given = await api.request('POST', '/api/catalogue/51/adopt', {
      token: association,
      body: { budgetCents: 1_000_000_00 },
    });
    expect(given.status).toBe(201);
    expect(
      (await api.request('POST', '/api/catalogue/99999999/adopt', { token: association, body: {} })).status,
    ).toBe(404);
    const sme = await api.tokenFor({ role: 'sme', orgId: 'sme-adopt' });
    expect((await api.request('POST', '/api/catalogue/8368/adopt', { token: sme, body: {} })).status).toBe(
      403,
    );
    expect((await api.request('POST', '/api/catalogue/8368/adopt', { body: {} })).status).toBe(401);
  });

  it('answers 400 with the field path for a query it cannot read', async () => {
    const bad = await api.request('GET', '/api/catalogue?ateco=software&pageSize=500');
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['ateco', 'pageSize']));
  });

  it('drops a withdrawn record from search once the warm index is rebuilt, and still shows its page', async () => {
    const entry = await api.deps.catalogue.get('8368');
    if (!entry) throw new Error('8368 was not stored');
    await api.deps.catalogue.save(
      { ...entry, status: 'withdrawn', withdrawnAt: clock.toISOString(), revision: entry.revision + 1 },
      entry.revision,
      {
        source: entry.source,
        sourceId: '8368',
        at: clock.toISOString(),
        action: 'catalogue.withdrawn',
        version: entry.version,
        changes: {},
      },
      false,
    );
    const found = async () =>
      (await api.request('GET', '/api/catalogue?q=CLAB%20Como%20Lecco')).body.items.map(
        (h: { sourceId: string }) => h.sourceId,
      );
    // The warm function's index is a few minutes old at most (ADR 0017)…
    expect(await found()).toContain('8368');
    // …and once it is older, the next search starts a rebuild that later searches see.
    clock = new Date(clock.getTime() + 10 * 60_000);
    await expect.poll(found).not.toContain('8368');
    const page = await api.request('GET', '/api/catalogue/8368');
    expect(page.body).toMatchObject({ status: 'withdrawn', callStatus: 'closed' });
    const association = await api.tokenFor({ role: 'association', orgId: 'assoc-adopt' });
    const adopt = await api.request('POST', '/api/catalogue/8368/adopt', { token: association, body: {} });
    expect([adopt.status, adopt.body.error.code]).toEqual([409, 'record_withdrawn']);
  });
});
