/**
 * Use cases over the imported catalogue, for everyone: search it, and read one entry with its status.
 * Every answer carries the source's attribution, as its licence (IODL 2.0) asks.
 */
import { type CallStatus, callStatusAt } from '../../shared/catalogue/application-window';
import type { CatalogueCall } from '../../shared/catalogue/catalogue-call-schema';
import type { CatalogueQuery, CatalogueResults } from '../../shared/catalogue/search-catalogue';
import type { CatalogueIndexSource } from './catalogue-index-cache';
import type { CatalogueStore } from './catalogue-store';

export const CATALOGUE_ATTRIBUTION =
  'Fonte: incentivi.gov.it, Ministero delle Imprese e del Made in Italy — licence IODL 2.0';

export async function searchCatalogue(
  index: CatalogueIndexSource,
  query: CatalogueQuery,
  now: Date,
): Promise<CatalogueResults & { attribution: string }> {
  const results = (await index.current()).search(query, now);
  return { ...results, attribution: CATALOGUE_ATTRIBUTION };
}

export interface CatalogueCallView {
  sourceId: string;
  version: number;
  /** Withdrawn: no longer in the official catalogue (kept, never deleted). */
  status: 'active' | 'withdrawn';
  importedAt: string;
  callStatus: CallStatus;
  call: CatalogueCall;
  attribution: string;
}

/** One entry as stored now, or undefined when the catalogue has no such record. */
export async function readCatalogueCall(
  store: Pick<CatalogueStore, 'get'>,
  sourceId: string,
  now: Date,
): Promise<CatalogueCallView | undefined> {
  const entry = await store.get(sourceId);
  if (!entry) return undefined;
  return {
    sourceId: entry.sourceId,
    version: entry.version,
    status: entry.status,
    importedAt: entry.importedAt,
    // A withdrawn record takes no more applications, whatever its dates say.
    callStatus: entry.status === 'withdrawn' ? 'closed' : callStatusAt(entry.call.window, now),
    call: entry.call,
    attribution: CATALOGUE_ATTRIBUTION,
  };
}
