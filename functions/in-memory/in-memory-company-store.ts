/** The company-profile port in memory, for tests without a JVM; the store contract proves it twins DynamoCompanyStore. */
import type { CompanyRecord, CompanyStore } from '../companies/company-store';
import { expectRevision } from './expect-revision';

export class InMemoryCompanyStore implements CompanyStore {
  private readonly records = new Map<string, CompanyRecord>();

  async get(orgId: string) {
    const record = this.records.get(orgId);
    return record && structuredClone(record);
  }

  async put(record: CompanyRecord, expectedRevision: number) {
    const id = record.company.id;
    expectRevision(this.records.get(id)?.revision, expectedRevision, `the profile of ${id}`);
    this.records.set(id, structuredClone(record));
  }
}
