/**
 * Every record of every shipped file imports or is rejected with a reason, every imported call fits the
 * schema, and the figures the data README states for the radar tail come out of the import.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callStatusAt } from './application-window';
import { catalogueCallSchema } from './catalogue-call-schema';
import { importCatalogueText, type RecordResult } from './import-catalogue';
import { REGIONS } from './regions';
import { loadShipped, SHIPPED_FILES, type ShippedFile } from './testing/shipped-records';

const shipped = loadShipped((file) =>
  readFileSync(new URL(`../../data/catalogue/incentivi/${file}`, import.meta.url), 'utf8'),
);
const resultsOf = (file: ShippedFile): RecordResult[] => {
  const result = shipped.imports.get(file);
  if (!result?.ok) throw new Error(`${file} did not import`);
  return result.results;
};
const callsOf = (file: ShippedFile) =>
  resultsOf(file).flatMap((r) => (r.status === 'imported' ? [r.call] : []));

describe('every shipped record', () => {
  it.each([
    ['incentivi_gov_it_sample.json', 'solr-envelope', 37],
    ['incentivi_raw_slice_423-4236.json', 'compact-array', 8],
    ['incentivi-radar-tail.json', 'compact-array', 364],
  ] as const)(
    '%s: detected as %s, %i records, each imported or rejected with a reason',
    (file, shape, count) => {
      const result = shipped.imports.get(file);
      expect(result).toMatchObject({ ok: true, shape });
      const results = resultsOf(file);
      const imported = results.filter((r) => r.status === 'imported');
      const rejected = results.filter((r) => r.status === 'rejected');
      expect(imported.length + rejected.length).toBe(count);
      expect(results.map((r) => r.index)).toEqual([...Array(count).keys()]);
      for (const r of rejected) expect(r.status === 'rejected' && r.reason.message).toBeTruthy();
      // Every shipped record is importable today; a rejection would be a regression worth a look.
      expect({ imported: imported.length, rejected: rejected.length }).toEqual({
        imported: count,
        rejected: 0,
      });
    },
  );

  it('fits the catalogue call schema: codes from closed lists, cents, dates with their offsets', () => {
    for (const file of SHIPPED_FILES)
      for (const call of callsOf(file)) {
        const parsed = catalogueCallSchema.safeParse(call);
        expect(parsed.success, `${call.sourceId}: ${parsed.error?.message}`).toBe(true);
      }
  });

  it('keeps the source id and the raw hash, the same on a second import', () => {
    const again = importCatalogueText(shipped.text.get('incentivi_gov_it_sample.json') ?? '');
    expect(again.ok && again.results).toEqual(resultsOf('incentivi_gov_it_sample.json'));
    const hashes = SHIPPED_FILES.flatMap((f) => callsOf(f).map((c) => c.rawHash));
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('has no source id in two files', () => {
    const ids = SHIPPED_FILES.flatMap((f) => callsOf(f).map((c) => c.sourceId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the radar tail, as its README counts it', () => {
  const tail = callsOf('incentivi-radar-tail.json');

  it('ATECO: 247 "all sectors", 113 ATECO 2025 lists, 4 ATECO 2007 lists', () => {
    expect(tail.filter((c) => c.ateco.kind === 'all-sectors').length).toBe(247);
    const stated = (edition: string) =>
      tail.filter(
        (c) =>
          c.ateco.kind === 'codes' && c.ateco.lists.some((l) => l.editionStated && l.edition === edition),
      );
    expect(stated('2025').length).toBe(113);
    expect(stated('2007').length).toBe(4);
  });

  it('91 still open on 2 December 2026 (Italian time); 11 without a close date', () => {
    const now = new Date('2026-12-02T00:00:00+01:00');
    const dated = tail.filter((c) => c.window.closes !== undefined);
    expect(tail.length - dated.length).toBe(11);
    expect(
      dated.filter((c) => callStatusAt({ ...c.window, closedEarly: false }, now) !== 'closed').length,
    ).toBe(91);
  });

  it('regions: 21 national records, 338 with one region, Emilia-Romagna listed by 60', () => {
    expect(tail.filter((c) => c.area.national).length).toBe(21);
    expect(tail.filter((c) => c.area.regions.length === 1).length).toBe(338);
    const byCode = (code: string) => tail.filter((c) => c.area.regions.includes(code)).length;
    const top = REGIONS.map((r) => [r.source, byCode(r.code)] as const).sort((a, b) => b[1] - a[1]);
    expect(top.slice(0, 3)).toEqual([
      ['Emilia-Romagna', 60],
      ['Lombardia', 59],
      ['Toscana', 58],
    ]);
  });

  it('32 records repeat values inside list fields; 37 are tagged Digitalizzazione', () => {
    const listFields = new Set([
      'Obiettivo_Finalita',
      'Dimensioni',
      'Tipologia_Soggetto',
      'Forma_agevolazione',
      'Costi_Ammessi',
      'Settore_Attivita',
      'Regioni',
      'Ambito_territoriale',
    ]);
    const repeating = tail.filter((c) =>
      c.warnings.some((w) => w.code === 'DUPLICATE_VALUES' && listFields.has(String(w.params.field))),
    );
    expect(repeating.length).toBe(32);
    expect(tail.filter((c) => c.purposes.includes('digitalisation')).length).toBe(37);
  });
});
