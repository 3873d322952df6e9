/** The port for reading the audit trail; entries are written by the stores in the same transaction as the change. */
import type { AuditEntry, AuditedResource } from './audit-entry';

export interface AuditStore {
  list(resource: AuditedResource, resourceId: string): Promise<AuditEntry[]>;
}
