/** The plan port in memory, for tests without a JVM; the store contract proves it twins DynamoPlanStore. */
import type { PageRequest } from '../calls/call-store';
import type { PlanRecord, PlanStore } from '../plans/plan-store';
import { expectRevision } from './expect-revision';
import { sortedPage } from './sorted-page';

export class InMemoryPlanStore implements PlanStore {
  /** By company, then plan id (the DynamoDB adapter's partition and sort key). */
  private readonly byCompany = new Map<string, Map<string, PlanRecord>>();

  private plansOf(companyId: string): Map<string, PlanRecord> {
    let plans = this.byCompany.get(companyId);
    if (!plans) {
      plans = new Map();
      this.byCompany.set(companyId, plans);
    }
    return plans;
  }

  async get(companyId: string, planId: string) {
    const record = this.byCompany.get(companyId)?.get(planId);
    return record && structuredClone(record);
  }

  async list(companyId: string) {
    return (await this.page(companyId, { limit: Number.MAX_SAFE_INTEGER })).items;
  }

  async page(companyId: string, page: PageRequest) {
    const plans = [...(this.byCompany.get(companyId)?.values() ?? [])];
    return sortedPage(
      plans.map((record) => ({ sortKey: record.plan.id, value: structuredClone(record) })),
      `plans:${companyId}`,
      page,
    );
  }

  async put(record: PlanRecord, expectedRevision: number) {
    const plans = this.plansOf(record.plan.companyId);
    expectRevision(plans.get(record.plan.id)?.revision, expectedRevision, `plan ${record.plan.id}`);
    plans.set(record.plan.id, structuredClone(record));
  }
}
