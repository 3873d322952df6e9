/** The port the call routes talk to; DynamoCallStore is the adapter. */
import type { Call } from '../../shared/calls/call-schema';
import type { AuditEntry } from '../audit/audit-entry';
import type { Page } from '../data/page-cursor';

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface CallStore {
  /** ConflictError when a call with this id exists already. */
  create(call: Call, audit?: AuditEntry): Promise<void>;
  get(id: string): Promise<Call | undefined>;
  /** Writes `next` only if the stored call still has `expectedRevision`; otherwise ConflictError. */
  replace(next: Call, expectedRevision: number, audit?: AuditEntry): Promise<void>;
  /** Keeps an immutable copy of a published version, which applications and reports pin. */
  saveVersion(call: Call): Promise<void>;
  getVersion(id: string, version: number): Promise<Call | undefined>;
  listPublishedClosingAfter(instantUtc: string, page: PageRequest): Promise<Page<Call>>;
  listByOwner(orgId: string, page: PageRequest): Promise<Page<Call>>;
}
