/**
 * The records shipped in data/catalogue/incentivi, imported once per test file. The caller passes the
 * file reader, so shared/ itself stays free of I/O.
 */
import type { CatalogueCall } from '../catalogue-call-schema';
import { type CatalogueImport, importCatalogueText } from '../import-catalogue';

export const SHIPPED_FILES = [
  'incentivi_gov_it_sample.json',
  'incentivi_raw_slice_423-4236.json',
  'incentivi-radar-tail.json',
] as const;
export type ShippedFile = (typeof SHIPPED_FILES)[number];

export interface Shipped {
  text: ReadonlyMap<ShippedFile, string>;
  imports: ReadonlyMap<ShippedFile, CatalogueImport>;
  /** The imported call of a source id; throws if there is none, so a test names the record it needs. */
  call(sourceId: string): CatalogueCall;
  /** The raw doc of a source id, as the file has it. */
  raw(sourceId: string): Record<string, unknown>;
  codes(sourceId: string): string[];
}

export function loadShipped(read: (file: ShippedFile) => string): Shipped {
  const text = new Map(SHIPPED_FILES.map((f) => [f, read(f)] as const));
  const imports = new Map(SHIPPED_FILES.map((f) => [f, importCatalogueText(text.get(f) ?? '')] as const));
  const calls = new Map<string, CatalogueCall>();
  const raws = new Map<string, Record<string, unknown>>();
  for (const [file, result] of imports) {
    if (!result.ok) throw new Error(`${file}: ${result.error}`);
    for (const r of result.results) if (r.status === 'imported') calls.set(r.sourceId, r.call);
    const json = JSON.parse(text.get(file) ?? '') as unknown;
    const docs = (
      Array.isArray(json) ? json : (json as { response: { docs: unknown[] } }).response.docs
    ) as Record<string, unknown>[];
    for (const doc of docs) raws.set(String(doc.ID_Incentivo), doc);
  }
  const call = (sourceId: string) => {
    const found = calls.get(sourceId);
    if (!found) throw new Error(`no imported record ${sourceId}`);
    return found;
  };
  return {
    text,
    imports,
    call,
    raw: (sourceId) => {
      const found = raws.get(sourceId);
      if (!found) throw new Error(`no raw record ${sourceId}`);
      return found;
    },
    codes: (sourceId) => call(sourceId).warnings.map((w) => w.code),
  };
}
