/** The port for the consultancy directory; DynamoConsultancyStore is the adapter. */
import type { Consultancy } from '../../shared/consultancies/consultancy-schema';
import type { PageRequest } from '../calls/call-store';
import type { Page } from '../data/page-cursor';

export interface ConsultancyRecord {
  consultancy: Consultancy;
  revision: number;
  updatedAt: string;
}

export interface ConsultancyStore {
  get(orgId: string): Promise<ConsultancyRecord | undefined>;
  /** ConflictError unless the stored revision is `expectedRevision` (0 = not listed yet). */
  put(record: ConsultancyRecord, expectedRevision: number): Promise<void>;
  /** One page of the directory in name order; InvalidCursorError for a cursor this list did not give. */
  page(page: PageRequest): Promise<Page<Consultancy>>;
}
