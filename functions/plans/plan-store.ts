/** The port for digitalisation plans; DynamoPlanStore is the adapter. */
import type { Plan } from '../../shared/plans/plan-schema';

export interface PlanRecord {
  plan: Plan;
  revision: number;
  updatedAt: string;
}

export interface PlanStore {
  get(companyId: string, planId: string): Promise<PlanRecord | undefined>;
  list(companyId: string): Promise<PlanRecord[]>;
  /** ConflictError unless the stored revision is `expectedRevision` (0 = not there yet). */
  put(record: PlanRecord, expectedRevision: number): Promise<void>;
}
