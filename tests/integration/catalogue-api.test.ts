/**
 * Issue #16: the catalogue's public search and record pages over DynamoDB Local, with the shipped
 * records stored the way `npm start` stores them. The index is read with one paged Query (never a
 * Scan: the test API refuses them), withdrawn records drop out of search, and bad queries get a 400
 * naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  });
});
