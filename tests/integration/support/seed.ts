/**
 * Test data written straight to the stores: SMEs with a profile and a one-line plan, first-come rules,
 * and consultancies listed in the directory (an SME can only share with a listed one).
 */
import type { AppDeps } from '../../../functions/api/app-deps';
import { companySchema } from '../../../shared/companies/company-schema';
import { consultancySchema } from '../../../shared/consultancies/consultancy-schema';
import { type CallRules, callRulesSchema } from '../../../shared/eligibility/call-rules-schema';
import { classifySize } from '../../../shared/eligibility/size-class';
import { planSchema } from '../../../shared/plans/plan-schema';

/** A first-come call paying 50 % of hardware: a plan of €2,000 asks for a €1,000 grant. */
export function firstComeHardwareRules(family: string): CallRules {
  return callRulesSchema.parse({
    schemaVersion: 1,
    family,
    applicant: { article: 'art. 1', sizeClasses: ['micro', 'small', 'medium'] },
    categories: [
      {
        id: 'hardware',
        label: { en: 'Hardware', it: 'Hardware', nl: 'Hardware' },
        article: 'art. 2',
        taxonomy: ['hardware'],
      },
    ],
    spendWindow: { article: 'art. 3' },
    totals: { article: 'art. 4', rate: { defaultBp: 5000 } },
    allocation: { article: 'art. 5', mode: 'first-come' },
  });
}

/** A micro company in Italy with a plan of one €2,000 hardware line; returns the plan id. */
export async function seedSme(deps: AppDeps, orgId: string, now: Date): Promise<string> {
  const company = companySchema.parse({
    id: orgId,
    name: orgId,
    regionCodes: ['IT'],
    sectorCode: '47.19',
    registeredOn: '2015-01-01',
    figures: { staffAwu: 5, turnoverCents: 500_000_00, balanceSheetCents: 300_000_00 },
  });
  const updatedAt = now.toISOString();
  await deps.companies.put({ company, sizeClass: classifySize(company), revision: 1, updatedAt }, 0);
  const plan = planSchema.parse({
    id: deps.newId(),
    companyId: orgId,
    title: 'New laptops',
    projectPeriod: { from: '2026-03-01', to: '2026-12-31' },
    lines: [
      {
        id: 'l1',
        category: 'hardware',
        description: 'Laptops',
        supplier: { name: 'Shop' },
        amountCents: 2_000_00,
        date: '2026-04-01',
      },
    ],
  });
  await deps.plans.put({ plan, revision: 1, updatedAt }, 0);
  return plan.id;
}

/** Lists a consultancy in the directory under its organisation id; its name defaults to the id. */
export async function seedConsultancy(deps: AppDeps, orgId: string, now: Date, name = orgId): Promise<void> {
  const consultancy = consultancySchema.parse({
    id: orgId,
    name,
    place: 'Milano',
    languages: ['it', 'en'],
  });
  await deps.consultancies.put({ consultancy, revision: 1, updatedAt: now.toISOString() }, 0);
}
