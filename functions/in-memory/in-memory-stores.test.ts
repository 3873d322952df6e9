/** The in-memory adapters against the same store contracts the DynamoDB adapters pass (tests/integration/store-contracts.test.ts). */
import { companyStoreContract } from '../companies/company-store.contract';
import { consultancyStoreContract } from '../consultancies/consultancy-store.contract';
import { planStoreContract } from '../plans/plan-store.contract';
import { InMemoryCompanyStore } from './in-memory-company-store';
import { InMemoryConsultancyStore } from './in-memory-consultancy-store';
import { InMemoryPlanStore } from './in-memory-plan-store';

companyStoreContract('in memory', async () => new InMemoryCompanyStore());
planStoreContract('in memory', async () => new InMemoryPlanStore());
consultancyStoreContract('in memory', async () => new InMemoryConsultancyStore());
