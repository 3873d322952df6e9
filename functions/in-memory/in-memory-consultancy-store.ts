/** The consultancy-directory port in memory, for tests without a JVM; the store contract proves it twins DynamoConsultancyStore. */
import type { PageRequest } from '../calls/call-store';
import type { ConsultancyRecord, ConsultancyStore } from '../consultancies/consultancy-store';
import { keys } from '../data/table-design';
import { expectRevision } from './expect-revision';
import { sortedPage } from './sorted-page';

export class InMemoryConsultancyStore implements ConsultancyStore {
  private readonly records = new Map<string, ConsultancyRecord>();

  async get(orgId: string) {
    const record = this.records.get(orgId);
    return record && structuredClone(record);
  }

  async put(record: ConsultancyRecord, expectedRevision: number) {
    const { id } = record.consultancy;
    expectRevision(this.records.get(id)?.revision, expectedRevision, `the listing of ${id}`);
    this.records.set(id, structuredClone(record));
  }

  async page(page: PageRequest) {
    const listed = [...this.records.values()].map(({ consultancy }) => ({
      // The directory's own order: folded name, then organisation id.
      sortKey: keys.consultancyDirectorySort(consultancy.name, consultancy.id),
      value: structuredClone(consultancy),
    }));
    return sortedPage(listed, 'consultancies', page);
  }
}
