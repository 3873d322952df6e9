/**
 * The audit trail in memory: the in-memory stores append to it with the change they record (as the
 * DynamoDB stores write the entry in the change's transaction), and it answers the AuditStore port.
 */
import type { AuditEntry, AuditedResource } from '../audit/audit-entry';
import type { AuditStore } from '../audit/audit-store';

export class InMemoryAuditLog implements AuditStore {
  private readonly entries: AuditEntry[] = [];

  append(entry: AuditEntry): void {
    this.entries.push(structuredClone(entry));
  }

  /** In time order; entries of the same instant in the order they were written. */
  async list(resource: AuditedResource, resourceId: string) {
    return this.entries
      .filter((e) => e.resource === resource && e.resourceId === resourceId)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .map((e) => structuredClone(e));
  }
}
