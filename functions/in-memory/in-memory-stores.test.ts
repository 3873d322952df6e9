/** The in-memory adapters against the same store contracts the DynamoDB adapters pass (tests/integration/store-contracts.test.ts). */
import { clickDayStoresContract } from '../applications/click-day-stores.contract';
import { idempotencyStoreContract } from '../applications/idempotency-store.contract';
import { callStoreContract } from '../calls/call-store.contract';
import { companyStoreContract } from '../companies/company-store.contract';
import { consultancyStoreContract } from '../consultancies/consultancy-store.contract';
import { planStoreContract } from '../plans/plan-store.contract';
import { reviewStoreContract } from '../reviews/review-store.contract';
import { InMemoryApplicationStore } from './in-memory-application-store';
import { InMemoryAuditLog } from './in-memory-audit-log';
import { InMemoryBudgetStore } from './in-memory-budget-store';
import { InMemoryCallStore } from './in-memory-call-store';
import { InMemoryCompanyStore } from './in-memory-company-store';
import { InMemoryConsultancyStore } from './in-memory-consultancy-store';
import { InMemoryIdempotencyStore } from './in-memory-idempotency-store';
import { InMemoryPlanStore } from './in-memory-plan-store';
import { InMemoryReviewStore } from './in-memory-review-store';

companyStoreContract('in memory', async () => new InMemoryCompanyStore());
planStoreContract('in memory', async () => new InMemoryPlanStore());
consultancyStoreContract('in memory', async () => new InMemoryConsultancyStore());
callStoreContract('in memory', async () => {
  const audit = new InMemoryAuditLog();
  return { calls: new InMemoryCallStore(audit), audit };
});
idempotencyStoreContract('in memory', async () => new InMemoryIdempotencyStore());
/** The click-day and review twins share one state, as their transactions do on DynamoDB. */
async function clickDayTwins() {
  const audit = new InMemoryAuditLog();
  const budgets = new InMemoryBudgetStore();
  const idempotency = new InMemoryIdempotencyStore();
  const applications = new InMemoryApplicationStore(budgets, idempotency, audit);
  return { budgets, idempotency, audit, applications, reviews: new InMemoryReviewStore(applications, audit) };
}
clickDayStoresContract('in memory', clickDayTwins);
reviewStoreContract('in memory', clickDayTwins);
