import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InMemoryCatalogueStore } from './in-memory-catalogue-store';
import { CatalogueImportError, runCatalogueImport } from './run-catalogue-import';

/** The portal's Solr export as shipped (Fonte: incentivi.gov.it, MIMIT — IODL 2.0): 37 records. */
const sample = readFileSync(
  new URL('../../data/catalogue/incentivi/incentivi_gov_it_sample.json', import.meta.url),
  'utf8',
);
const now = () => new Date('2026-12-02T05:00:00+01:00');
const run = (store: InMemoryCatalogueStore, text: string, maxRejectedBp = 500) =>
  runCatalogueImport({ download: async () => text, store, now, maxRejectedBp });

/** The sample with the title taken out of `count` records, which the importer then rejects. */
function withoutTitles(count: number): string {
  const json = JSON.parse(sample) as { response: { docs: Record<string, unknown>[] } };
  json.response.docs.slice(0, count).forEach((doc) => {
    delete doc.Titolo;
  });
  return JSON.stringify(json);
}

describe('the daily catalogue import', () => {
  it('stores a whole export, then changes nothing when it runs again on the same export', async () => {
    const store = new InMemoryCatalogueStore();
    const first = await run(store, sample);
    expect(first).toMatchObject({ shape: 'solr-envelope', records: 37, rejected: 0, rejectedBp: 0 });
    expect(first.stored.created).toBe(37);
    const again = await run(store, sample);
    expect(again.stored).toEqual({ created: 0, updated: 0, unchanged: 37, restored: 0, withdrawn: 0 });
  });

  it('withdraws what a whole export no longer has', async () => {
    const store = new InMemoryCatalogueStore();
    await run(store, sample);
    const json = JSON.parse(sample) as { response: { docs: unknown[]; numFound: number } };
    json.response.docs = json.response.docs.slice(1);
    const report = await run(store, JSON.stringify(json));
    expect(report.stored.withdrawn).toBe(1);
  });

  it('stores nothing, and fails, when an unusual share of the records is rejected', async () => {
    const store = new InMemoryCatalogueStore();
    await run(store, sample);
    const before = structuredClone([...store.entries.values()]);
    // 3 of 37 rejected is 8.2 %: above the 5 % a normal day shows, so the run refuses to withdraw anything.
    const failed = run(store, withoutTitles(3));
    await expect(failed).rejects.toBeInstanceOf(CatalogueImportError);
    await expect(failed).rejects.toMatchObject({ partial: { records: 37, rejected: 3, rejectedBp: 811 } });
    expect([...store.entries.values()]).toEqual(before);
    // One rejected record (2.7 %) is a normal day: the rest is stored.
    expect((await run(store, withoutTitles(1))).rejected).toBe(1);
  });

  it('fails on a download that is not an export, or is empty', async () => {
    const store = new InMemoryCatalogueStore();
    await expect(run(store, '<html>maintenance</html>')).rejects.toThrow(/could not be read/);
    await expect(run(store, '[]')).rejects.toThrow(/no records/);
    expect(store.entries.size).toBe(0);
  });
});
