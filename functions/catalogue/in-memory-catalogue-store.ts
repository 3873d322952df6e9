/** The catalogue port in memory, for fast use-case tests (the DynamoDB adapter has its integration test). */
import type { CatalogueCall } from '../../shared/catalogue/catalogue-call-schema';
import type { CatalogueAuditEntry, CatalogueEntry, CatalogueStore } from './catalogue-store';

export class InMemoryCatalogueStore implements CatalogueStore {
  readonly entries = new Map<string, CatalogueEntry>();
  readonly versions = new Map<string, CatalogueCall>();
  readonly audit: CatalogueAuditEntry[] = [];

  async get(sourceId: string) {
    return this.entries.get(sourceId);
  }

  async getVersion(sourceId: string, version: number) {
    return this.versions.get(`${sourceId}#${version}`);
  }

  async listSourceIds() {
    return [...this.entries.keys()];
  }

  async listActive() {
    return [...this.entries.values()].filter((e) => e.status === 'active').map((e) => e.call);
  }

  async save(
    entry: CatalogueEntry,
    expectedRevision: number,
    audit: CatalogueAuditEntry,
    storeVersion: boolean,
  ) {
    const current = this.entries.get(entry.sourceId);
    if ((current?.revision ?? 0) !== expectedRevision) {
      throw new Error(`catalogue entry ${entry.sourceId} is not at revision ${expectedRevision}`);
    }
    this.entries.set(entry.sourceId, structuredClone(entry));
    if (storeVersion) this.versions.set(`${entry.sourceId}#${entry.version}`, structuredClone(entry.call));
    this.audit.push(audit);
  }

  async auditTrail(sourceId: string) {
    return this.audit.filter((a) => a.sourceId === sourceId);
  }
}
