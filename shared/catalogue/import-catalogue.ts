/**
 * Imports one export of the portal, in either shape, record by record. Nothing a record holds stops the
 * run: a record is imported (with warnings) or rejected with a reason, and the results keep the file's
 * order. Pure: the caller reads the file and stores the calls.
 */
import { batchChecks } from './batch-checks';
import type { CatalogueCall } from './catalogue-call-schema';
import { normaliseRecord } from './normalise-record';
import { compactExportSchema, solrEnvelopeSchema } from './raw-record-schema';
import { type ReadDoc, type Rejection, readRawDoc } from './read-raw-doc';

export type ExportShape = 'solr-envelope' | 'compact-array';

export type RecordResult =
  | { index: number; sourceId: string; status: 'imported'; call: CatalogueCall }
  | {
      index: number;
      sourceId?: string;
      status: 'rejected';
      reason: Rejection | { code: 'NORMALISE_FAILED'; message: string };
    };

export type CatalogueImport =
  | { ok: true; shape: ExportShape; declaredCount?: number; results: RecordResult[] }
  | { ok: false; error: string };

/** Which of the two export shapes a parsed file is, and its docs. */
export function detectShape(
  json: unknown,
): { shape: ExportShape; docs: unknown[]; declaredCount?: number } | { error: string } {
  const compact = compactExportSchema.safeParse(json);
  if (compact.success) return { shape: 'compact-array', docs: compact.data };
  const envelope = solrEnvelopeSchema.safeParse(json);
  if (envelope.success) {
    const { docs, numFound } = envelope.data.response;
    return { shape: 'solr-envelope', docs, ...(numFound !== undefined ? { declaredCount: numFound } : {}) };
  }
  return {
    error: 'not an incentivi.gov.it export: expected a JSON array of records or {"response":{"docs":[…]}}',
  };
}

/** Parses the file's text first, so a file that is not JSON is a clear error, not an exception. */
export function importCatalogueText(text: string): CatalogueImport {
  let json: unknown;
  try {
    // A UTF-8 byte-order mark (the portal's CSV has one) is not JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  return importCatalogue(json);
}

export function importCatalogue(json: unknown): CatalogueImport {
  const detected = detectShape(json);
  if ('error' in detected) return { ok: false, error: detected.error };
  const seen = new Set<string>();
  const results: RecordResult[] = detected.docs.map((doc, index) => importOne(doc, index, seen));
  const imported = results.flatMap((r) => (r.status === 'imported' ? [r.call] : []));
  const extra = batchChecks(imported);
  for (const call of imported) call.warnings.push(...(extra.get(call.sourceId) ?? []));
  return {
    ok: true,
    shape: detected.shape,
    ...(detected.declaredCount !== undefined ? { declaredCount: detected.declaredCount } : {}),
    results,
  };
}

function importOne(doc: unknown, index: number, seen: Set<string>): RecordResult {
  const read: ReadDoc = readRawDoc(doc);
  if (!read.ok)
    return {
      index,
      status: 'rejected',
      reason: read.reason,
      ...(read.sourceId ? { sourceId: read.sourceId } : {}),
    };
  const sourceId = read.raw.ID_Incentivo;
  if (seen.has(sourceId))
    return {
      index,
      sourceId,
      status: 'rejected',
      reason: { code: 'DUPLICATE_ID', message: `ID_Incentivo ${sourceId} appeared earlier in this file` },
    };
  seen.add(sourceId);
  try {
    return { index, sourceId, status: 'imported', call: normaliseRecord(doc, read.raw, read.warnings) };
  } catch (error) {
    // A bug of ours must cost one record, not the run; the reason names it so it gets fixed.
    return {
      index,
      sourceId,
      status: 'rejected',
      reason: { code: 'NORMALISE_FAILED', message: `could not be normalised: ${(error as Error).message}` },
    };
  }
}
