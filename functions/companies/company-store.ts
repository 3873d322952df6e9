/** The port for company profiles; DynamoCompanyStore is the adapter. */
import type { Company } from '../../shared/companies/company-schema';
import type { SizeClassResult } from '../../shared/eligibility/size-class';

export interface CompanyRecord {
  company: Company;
  /** Computed from the figures on every save, with the reasons that decided it. */
  sizeClass: SizeClassResult;
  revision: number;
  updatedAt: string;
}

export interface CompanyStore {
  get(orgId: string): Promise<CompanyRecord | undefined>;
  /** ConflictError unless the stored revision is `expectedRevision` (0 = not there yet). */
  put(record: CompanyRecord, expectedRevision: number): Promise<void>;
}
