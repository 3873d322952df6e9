/**
 * Where imported catalogue calls live. Each source record is one entry with its current version; every
 * change of the source record is a new numbered version (kept, so applications can stay pinned to the
 * one they used), and every change lands in the entry's audit trail in the same write.
 */
import type { CatalogueCall } from '../../shared/catalogue/catalogue-call-schema';

export interface CatalogueEntry {
  source: CatalogueCall['source'];
  sourceId: string;
  /** 1 for the first import; +1 for each change of the source record. */
  version: number;
  rawHash: string;
  /** Withdrawn: gone from the source. Kept, never deleted; back to active if it reappears. */
  status: 'active' | 'withdrawn';
  call: CatalogueCall;
  /** When this version was stored. */
  importedAt: string;
  withdrawnAt?: string;
  /** Optimistic-locking counter, as for every other item. */
  revision: number;
}

export type CatalogueAction =
  | 'catalogue.imported'
  | 'catalogue.updated'
  | 'catalogue.withdrawn'
  | 'catalogue.restored';

export interface CatalogueAuditEntry {
  source: CatalogueCall['source'];
  sourceId: string;
  at: string;
  action: CatalogueAction;
  version: number;
  /** Top-level fields of the call that changed, before → after. */
  changes: Record<string, { before: unknown; after: unknown }>;
}

export interface CatalogueStore {
  get(sourceId: string): Promise<CatalogueEntry | undefined>;
  getVersion(sourceId: string, version: number): Promise<CatalogueCall | undefined>;
  /** Every entry's source id, active or withdrawn (a Query, paged; never a Scan). */
  listSourceIds(): Promise<string[]>;
  /** The current version of every active entry, for the search index (the same paged Query). */
  listActive(): Promise<CatalogueCall[]>;
  /**
   * Writes the entry, its version item when `storeVersion`, and the audit entry in one transaction,
   * conditional on the entry still being at `expectedRevision` (0: must not exist yet).
   */
  save(
    entry: CatalogueEntry,
    expectedRevision: number,
    audit: CatalogueAuditEntry,
    storeVersion: boolean,
  ): Promise<void>;
  auditTrail(sourceId: string): Promise<CatalogueAuditEntry[]>;
}
