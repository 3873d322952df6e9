/**
 * The daily catalogue import (ADR 0017; on AWS, EventBridge Scheduler runs it): download the portal's
 * export, import every record, and store the result idempotently. The export is the whole catalogue, so
 * records it no longer has are withdrawn — but only when the export looks whole: if an unusual share of
 * its records is rejected (the portal changed its format, the download was cut), nothing is stored and
 * the run fails, so an alarm calls a person instead of the catalogue emptying itself.
 */
import type { CatalogueCall } from '../../shared/catalogue/catalogue-call-schema';
import { type ExportShape, importCatalogueText } from '../../shared/catalogue/import-catalogue';
import type { CatalogueStore } from './catalogue-store';
import { type RefreshSummary, refreshCatalogue } from './refresh-catalogue';

export interface CatalogueImportReport {
  shape: ExportShape;
  records: number;
  imported: number;
  rejected: number;
  /** Rejected records per 10,000 (basis points), the figure the alarm watches. */
  rejectedBp: number;
  stored: RefreshSummary;
}

export class CatalogueImportError extends Error {
  constructor(
    message: string,
    /** What was read before giving up, when the export could be parsed. */
    readonly partial?: Omit<CatalogueImportReport, 'stored'>,
  ) {
    super(message);
    this.name = 'CatalogueImportError';
  }
}

export interface CatalogueImportDeps {
  download: () => Promise<string>;
  store: CatalogueStore;
  now: () => Date;
  /** Above this share of rejected records (basis points) nothing is stored. */
  maxRejectedBp: number;
}

export async function runCatalogueImport(deps: CatalogueImportDeps): Promise<CatalogueImportReport> {
  const text = await deps.download();
  const result = importCatalogueText(text);
  if (!result.ok) throw new CatalogueImportError(`the export could not be read: ${result.error}`);
  const calls: CatalogueCall[] = result.results.flatMap((r) => (r.status === 'imported' ? [r.call] : []));
  const records = result.results.length;
  const rejected = records - calls.length;
  const read = {
    shape: result.shape,
    records,
    imported: calls.length,
    rejected,
    rejectedBp: records === 0 ? 10_000 : Math.ceil((rejected * 10_000) / records),
  };
  if (records === 0) throw new CatalogueImportError('the export holds no records', read);
  if (read.rejectedBp > deps.maxRejectedBp) {
    throw new CatalogueImportError(
      `${rejected} of ${records} records were rejected, more than the ${deps.maxRejectedBp / 100} % allowed: nothing stored`,
      read,
    );
  }
  const stored = await refreshCatalogue(deps.store, calls, {
    now: () => deps.now().toISOString(),
    withdrawMissing: true,
  });
  return { ...read, stored };
}
