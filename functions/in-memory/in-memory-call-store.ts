/** The call port in memory, for tests without a JVM; the store contract proves it twins DynamoCallStore. */
import type { Call } from '../../shared/calls/call-schema';
import { toUtcIso } from '../../shared/time/zoned-date-time';
import type { AuditEntry } from '../audit/audit-entry';
import type { CallStore, OpenCallChanges, PageRequest } from '../calls/call-store';
import { ConflictError } from '../data/store-errors';
import { keys } from '../data/table-design';
import { expectRevision } from './expect-revision';
import type { InMemoryAuditLog } from './in-memory-audit-log';
import { sortedPage } from './sorted-page';

export class InMemoryCallStore implements CallStore {
  private readonly calls = new Map<string, Call>();
  private readonly versions = new Map<string, Call>();
  private changes: OpenCallChanges = { changes: 0 };

  constructor(
    private readonly audit: InMemoryAuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every write of a call that is not a draft moves the open-calls change counter (AP23). */
  private write(call: Call, expectedRevision: number, audit: AuditEntry | undefined) {
    expectRevision(this.calls.get(call.id)?.revision, expectedRevision, `call ${call.id}`);
    this.calls.set(call.id, structuredClone(call));
    if (audit) this.audit.append(audit);
    if (call.status !== 'draft') {
      this.changes = { changes: this.changes.changes + 1, changedAt: this.now().toISOString() };
    }
  }

  async create(call: Call, audit?: AuditEntry) {
    this.write(call, 0, audit);
  }

  async get(id: string) {
    const call = this.calls.get(id);
    return call && structuredClone(call);
  }

  async replace(next: Call, expectedRevision: number, audit?: AuditEntry) {
    this.write(next, expectedRevision, audit);
  }

  async publishVersion(next: Call, expectedRevision: number, audit: AuditEntry) {
    if (next.version === undefined) throw new Error(`call ${next.id} has no version to publish`);
    // Only a stored call is published (DynamoDB's revision condition fails on a missing item).
    if (!this.calls.has(next.id))
      throw new ConflictError(
        `call ${next.id} was changed by someone else since revision ${expectedRevision}`,
      );
    // The call's condition first: a lost race writes no version copy and no audit entry.
    this.write(next, expectedRevision, audit);
    this.versions.set(`${next.id}#${next.version}`, structuredClone(next));
  }

  async saveVersion(call: Call) {
    if (call.version === undefined) throw new Error(`call ${call.id} has no version to save`);
    const key = `${call.id}#${call.version}`;
    if (this.versions.has(key))
      throw new ConflictError(`version ${call.version} of call ${call.id} exists already`);
    this.versions.set(key, structuredClone(call));
  }

  async getVersion(id: string, version: number) {
    const call = this.versions.get(`${id}#${version}`);
    return call && structuredClone(call);
  }

  /** Published calls (not drafts, not closed) whose deadline is after `instantUtc`, soonest first. */
  async listPublishedClosingAfter(instantUtc: string, page: PageRequest) {
    const published = [...this.calls.values()]
      .filter((call) => call.status === 'published')
      .map((call) => ({
        sortKey: keys.publishedCallSort(toUtcIso(call.closesAt), call.id),
        value: structuredClone(call),
      }))
      .filter((item) => item.sortKey > instantUtc);
    return sortedPage(published, 'published-calls', page);
  }

  async openCallChanges() {
    return { ...this.changes };
  }

  /** The organisation's calls, newest first. */
  async listByOwner(orgId: string, page: PageRequest) {
    const own = [...this.calls.values()]
      .filter((call) => call.ownerOrgId === orgId)
      .map((call) => ({ sortKey: keys.orgCallSort(call.createdAt, call.id), value: structuredClone(call) }));
    return sortedPage(own, `calls-of:${orgId}`, page, true);
  }
}
