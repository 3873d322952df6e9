/**
 * `npm start` loads the real catalogue records shipped in data/catalogue/incentivi (Fonte:
 * incentivi.gov.it, MIMIT — IODL 2.0) through the same importer and idempotent refresh as the daily
 * job: a first start stores them, a later one changes nothing.
 */
import { readFileSync } from 'node:fs';
import type { CatalogueCall } from '../../shared/catalogue/catalogue-call-schema';
import { importCatalogueText } from '../../shared/catalogue/import-catalogue';
import { SHIPPED_FILES } from '../../shared/catalogue/testing/shipped-records';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import { type RefreshSummary, refreshCatalogue } from '../catalogue/refresh-catalogue';

export function shippedCatalogueCalls(): CatalogueCall[] {
  // One call per record: a record in two files is stored once (the later file's copy), so restarts
  // never flip it between two versions.
  const calls = new Map<string, CatalogueCall>();
  for (const file of SHIPPED_FILES) {
    const text = readFileSync(new URL(`../../data/catalogue/incentivi/${file}`, import.meta.url), 'utf8');
    const result = importCatalogueText(text);
    if (!result.ok) throw new Error(`${file}: ${result.error}`);
    for (const r of result.results) if (r.status === 'imported') calls.set(r.sourceId, r.call);
  }
  return [...calls.values()];
}

export function seedCatalogue(store: CatalogueStore, now: Date): Promise<RefreshSummary> {
  return refreshCatalogue(store, shippedCatalogueCalls(), {
    now: () => now.toISOString(),
    // The shipped files are slices, not a full export: nothing is withdrawn for being absent.
    withdrawMissing: false,
  });
}
