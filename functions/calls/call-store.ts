/** The port the call routes talk to; DynamoCallStore is the adapter. */
import type { Call } from '../../shared/calls/call-schema';
import type { AuditEntry } from '../audit/audit-entry';
import type { Page } from '../data/page-cursor';

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface OpenCallChanges {
  changes: number;
  /** ISO-8601 instant of the last change; absent before the first. */
  changedAt?: string;
}

export interface CallStore {
  /** ConflictError when a call with this id exists already. */
  create(call: Call, audit?: AuditEntry): Promise<void>;
  get(id: string): Promise<Call | undefined>;
  /** Writes `next` only if the stored call still has `expectedRevision`; otherwise ConflictError. */
  replace(next: Call, expectedRevision: number, audit?: AuditEntry): Promise<void>;
  /**
   * Publishes `next` (version 1 or an erratum): its immutable version copy, which applications and
   * reports pin, the call itself (only if it still has `expectedRevision`) and the audit entry, in one
   * transaction — all or nothing, so a lost race leaves no version behind. ConflictError if it changed.
   */
  publishVersion(next: Call, expectedRevision: number, audit: AuditEntry): Promise<void>;
  /** Writes a version copy on its own; for seeding demo data only, where the call is written after. */
  saveVersion(call: Call): Promise<void>;
  getVersion(id: string, version: number): Promise<Call | undefined>;
  listPublishedClosingAfter(instantUtc: string, page: PageRequest): Promise<Page<Call>>;
  /**
   * How many writes have touched a non-draft call (publish, erratum, close, a published call created),
   * and when the last one was: read strongly, so a warm function's index of open calls knows, with one
   * read, whether to rebuild — and whether the open-calls index (AP2, a GSI, eventually consistent) may
   * still be catching up with that last change.
   */
  openCallChanges(): Promise<OpenCallChanges>;
  listByOwner(orgId: string, page: PageRequest): Promise<Page<Call>>;
}
