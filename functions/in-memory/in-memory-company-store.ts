/** The company-profile port in memory, for tests without a JVM; the store contract proves it twins DynamoCompanyStore. */
import type { CompanyRecord, CompanyStore } from '../companies/company-store';
import { ConflictError } from '../data/store-errors';

export class InMemoryCompanyStore implements CompanyStore {
  private readonly records = new Map<string, CompanyRecord>();

  async get(orgId: string) {
    const record = this.records.get(orgId);
    return record && structuredClone(record);
  }

  async put(record: CompanyRecord, expectedRevision: number) {
    const id = record.company.id;
    const stored = this.records.get(id)?.revision ?? 0;
    if (stored !== expectedRevision) {
      throw new ConflictError(
        expectedRevision === 0
          ? `the profile of ${id} exists already`
          : `the profile of ${id} was changed by someone else since revision ${expectedRevision}`,
      );
    }
    this.records.set(id, structuredClone(record));
  }
}
