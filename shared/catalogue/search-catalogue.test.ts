/**
 * Search over the real shipped records (Fonte: incentivi.gov.it, MIMIT — IODL 2.0), at a fixed moment
 * so open / upcoming / closed do not drift with the calendar.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callStatusAt } from './application-window';
import { CatalogueIndex, type CatalogueQuery, catalogueQuerySchema, excerptOf } from './search-catalogue';
import { loadShipped, SHIPPED_FILES } from './testing/shipped-records';

const shipped = loadShipped((file) =>
  readFileSync(new URL(`../../data/catalogue/incentivi/${file}`, import.meta.url), 'utf8'),
);
const calls = SHIPPED_FILES.flatMap((file) => {
  const result = shipped.imports.get(file);
  return result?.ok ? result.results.flatMap((r) => (r.status === 'imported' ? [r.call] : [])) : [];
});
const index = new CatalogueIndex(calls);
const NOW = new Date('2026-12-02T12:00:00+01:00');
const search = (query: Partial<CatalogueQuery>) =>
  index.search(catalogueQuerySchema.parse({ pageSize: 50, ...query }), NOW);
const everyHit = (query: Partial<CatalogueQuery>) => {
  const first = search(query);
  const pages = Math.ceil(first.total / first.pageSize);
  return Array.from({ length: pages }, (_, i) => search({ ...query, page: i + 1 }).items).flat();
};

describe('catalogue search over the real records', () => {
  it('finds a Lombard chamber’s digital-services call by region, size, ATECO code and purpose', () => {
    // ID 8368: CCIAA Como-Lecco, "Progetto CLAB - Servizi digitali", Lombardy only.
    const hits = everyHit({ region: 'IT-25', size: 'small', ateco: '62.01', purpose: 'digitalisation' });
    expect(hits.map((h) => h.sourceId)).toContain('8368');
    for (const hit of hits) {
      expect(hit.national || hit.regions.includes('IT-25')).toBe(true);
      expect(hit.purposes).toContain('digitalisation');
      expect(hit.sizeClasses.length === 0 || hit.sizeClasses.includes('small')).toBe(true);
    }
    // A national call is in whatever the region, even when its list of regions is short.
    const lombard = index.get('8368');
    if (!lombard) throw new Error('record 8368 is not shipped');
    const national = {
      ...lombard,
      sourceId: '999001',
      area: { ...lombard.area, national: true, regions: [] },
    };
    const withNational = new CatalogueIndex([...calls, national]);
    const sicilian = withNational.search(
      catalogueQuerySchema.parse({ region: 'IT-82', pageSize: 50, q: 'CLAB' }),
      NOW,
    );
    expect(sicilian.items.map((h) => h.sourceId)).toEqual(['999001']);
    // Another region's filter leaves the Lombard call out, national calls stay.
    const sicily = everyHit({ region: 'IT-82', purpose: 'digitalisation' });
    expect(sicily.map((h) => h.sourceId)).not.toContain('8368');
    expect(sicily.every((h) => h.national || h.regions.includes('IT-82'))).toBe(true);
  });

  it('matches ATECO codes by prefix either way, and keeps calls open to all sectors', () => {
    const division = new Set(everyHit({ ateco: '62' }).map((h) => h.sourceId));
    const code = new Set(everyHit({ ateco: '62.01' }).map((h) => h.sourceId));
    expect(code.size).toBeGreaterThan(0);
    for (const id of code) expect(division.has(id)).toBe(true);
    // A call listing the whole division (ID 1553 lists "62") fits a company coded 62.01.
    const wholeDivision = calls.filter(
      (c) =>
        c.ateco.kind === 'codes' &&
        c.ateco.lists.some((l) => l.codes.includes('62') && !l.codes.some((x) => x.startsWith('62.01'))),
    );
    expect(wholeDivision.length).toBeGreaterThan(0);
    for (const call of wholeDivision) expect(code.has(call.sourceId)).toBe(true);
    const allSectors = calls.filter((c) => c.ateco.kind === 'all-sectors').map((c) => c.sourceId);
    expect(allSectors.length).toBeGreaterThan(0);
    for (const id of allSectors) expect(code.has(id)).toBe(true);
    // A call whose listed codes exclude software is left out.
    const farming = calls.find(
      (c) => c.ateco.kind === 'codes' && c.ateco.lists.every((l) => l.codes.every((x) => x.startsWith('01'))),
    );
    if (farming) expect(code.has(farming.sourceId)).toBe(false);
  });

  it('finds words without accents or with a typo, and ranks title matches first', () => {
    const exact = search({ q: 'digitalizzazione' });
    expect(exact.total).toBeGreaterThan(0);
    expect(search({ q: 'digitalizazione' }).total).toBeGreaterThan(0);
    // "attività" is found typing "attivita".
    expect(search({ q: 'attivita' }).total).toBe(search({ q: 'attività' }).total);
    const clab = search({ q: 'servizi digitali Como Lecco', sort: 'relevance' });
    expect(clab.items[0]?.sourceId).toBe('8368');
  });

  it('filters by status, closing date and stated maximum aid', () => {
    const open = everyHit({ status: 'open' });
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((h) => h.status === 'open')).toBe(true);
    const soon = everyHit({ status: 'open', closesBefore: '2026-12-31' });
    expect(soon.every((h) => h.closes !== undefined && h.closes.date <= '2026-12-31')).toBe(true);
    const big = everyHit({ minAidCents: 1_000_000_00 });
    expect(big.every((h) => (h.aid.maxCents ?? 0) >= 1_000_000_00)).toBe(true);
    expect(big.length).toBeLessThan(calls.length);
  });

  it('sorts open calls by soonest deadline, then upcoming, then the most recently closed', () => {
    const all = everyHit({ sort: 'deadline' });
    expect(all).toHaveLength(calls.length);
    const rank = { open: 0, upcoming: 1, closed: 2 };
    all.reduce((previous, hit) => {
      expect(rank[hit.status]).toBeGreaterThanOrEqual(rank[previous.status]);
      if (hit.status === previous.status && hit.closes && previous.closes) {
        const order = Date.parse(hit.closes.at) - Date.parse(previous.closes.at);
        expect(hit.status === 'closed' ? order <= 0 : order >= 0).toBe(true);
      }
      return hit;
    });
    for (const hit of all) {
      const call = index.get(hit.sourceId);
      expect(call && callStatusAt(call.window, NOW)).toBe(hit.status);
    }
  });

  it('finds exactly the calls a plain reading of each filter keeps, none more and none fewer', () => {
    // Written out independently of the index: a call is in when each given filter says so.
    const keeps = (q: Partial<CatalogueQuery>) => (c: (typeof calls)[number]) =>
      (!q.region || c.area.national || c.area.regions.includes(q.region)) &&
      (!q.size || c.sizeClasses.length === 0 || c.sizeClasses.includes(q.size)) &&
      (!q.purpose || c.purposes.includes(q.purpose)) &&
      (!q.aidForm || c.aidForms.includes(q.aidForm)) &&
      (!q.status || callStatusAt(c.window, NOW) === q.status) &&
      (!q.closesBefore || (c.window.closes !== undefined && c.window.closes.date <= q.closesBefore)) &&
      (q.minAidCents === undefined || (c.aid.maxCents ?? -1) >= q.minAidCents) &&
      (!q.ateco ||
        c.ateco.kind !== 'codes' ||
        c.ateco.lists.some((l) =>
          l.codes.some((code) => code.startsWith(q.ateco ?? '') || (q.ateco ?? '').startsWith(code)),
        ));
    const queries: Partial<CatalogueQuery>[] = [
      { size: 'micro' },
      { size: 'large', region: 'IT-34' },
      { closesBefore: '2026-12-31' },
      { closesBefore: '2026-12-15' },
      { minAidCents: 4_800_00 },
      { aidForm: 'loan', status: 'closed' },
      { ateco: '01.11', purpose: 'investment' },
      { status: 'upcoming' },
    ];
    for (const query of queries) {
      const expected = calls
        .filter(keeps(query))
        .map((c) => c.sourceId)
        .sort();
      expect(
        everyHit(query)
          .map((h) => h.sourceId)
          .sort(),
        JSON.stringify(query),
      ).toEqual(expected);
    }
  });

  it('pages without losing or repeating a call', () => {
    const pages = [1, 2, 3].map((page) => search({ pageSize: 10, page }).items.map((h) => h.sourceId));
    expect(new Set(pages.flat()).size).toBe(30);
    expect(search({ pageSize: 10, page: 1000 }).items).toEqual([]);
  });

  it('refuses a query it cannot read, naming the field', () => {
    const bad = catalogueQuerySchema.safeParse({ ateco: 'software', size: 'huge', page: '0' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['ateco', 'page', 'size']);
  });

  it('shows an excerpt cut at a word', () => {
    for (const call of calls) {
      const excerpt = excerptOf(call);
      expect(excerpt.length).toBeLessThanOrEqual(241);
    }
  });
});
