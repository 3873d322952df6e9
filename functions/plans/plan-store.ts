/** The port for digitalisation plans; DynamoPlanStore is the adapter. */
import type { Plan } from '../../shared/plans/plan-schema';
import type { PageRequest } from '../calls/call-store';
import type { Page } from '../data/page-cursor';

export interface PlanRecord {
  plan: Plan;
  revision: number;
  updatedAt: string;
}

export interface PlanStore {
  get(companyId: string, planId: string): Promise<PlanRecord | undefined>;
  list(companyId: string): Promise<PlanRecord[]>;
  /** One page of the company's plans; InvalidCursorError for a cursor this list did not give. */
  page(companyId: string, page: PageRequest): Promise<Page<PlanRecord>>;
  /** ConflictError unless the stored revision is `expectedRevision` (0 = not there yet). */
  put(record: PlanRecord, expectedRevision: number): Promise<void>;
}
