/**
 * Minimum and maximum project cost on one stated basis, and no limits reported for a refused plan.
 * Bando PID 2025 (Lombardy chambers, https://www.puntoimpresadigitale.camcom.it), art. 7: an investment
 * of at least €4,000 of eligible spend. A call may state its bounds on the whole project cost instead
 * ("il progetto deve avere un costo complessivo di almeno…"): the same basis then holds for both bounds.
 */
import { describe, expect, it } from 'vitest';
import { type CompanyInput, companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type PlanInput, planSchema } from '../plans/plan-schema';
import { type CallRulesInput, callRulesSchema } from './call-rules-schema';
import { evaluate } from './evaluate';

function run(
  rules: CallRulesInput,
  plan: PlanInput,
  company: CompanyInput = schemes.milanRestaurant,
  allocatedCents?: number,
) {
  return evaluate({
    call: { id: 'pid', version: 1, rules: callRulesSchema.parse(rules) },
    company: companySchema.parse(company),
    plan: planSchema.parse(plan),
    on: '2025-03-01',
    allocatedCents,
  });
}
const withTotals = (totals: Partial<CallRulesInput['totals']>): CallRulesInput => ({
  ...schemes.pidLombardiaRules,
  totals: { ...schemes.pidLombardiaRules.totals, ...totals },
});
// Training €1,000, CRM licence €1,200 and tablets €900 are eligible (€3,100); the €600 smartphone and the
// €1,500 website (no 4.0 technology) are not: €5,200 requested.
const small: PlanInput = {
  ...schemes.milanRestaurantPlan,
  lines: schemes.milanRestaurantPlan.lines.filter((l) =>
    ['crm-training', 'crm-licence', 'tablets', 'smartphone', 'website'].includes(l.id),
  ),
};

describe('minimum and maximum project cost on one basis', () => {
  it('on eligible spend (the default): €3,100 is under the €4,000 minimum', () => {
    const report = run(schemes.pidLombardiaRules, small);
    expect(report.blockers).toEqual([
      expect.objectContaining({
        code: 'BELOW_PROJECT_MINIMUM',
        params: { eligibleCents: 3_100_00, minCents: 4_000_00 },
      }),
    ]);
  });

  it('on requested spend when the call says so: the €5,200 project passes, and exactly €4,000 would too', () => {
    const rules = withTotals({ projectCostBasis: 'requested' });
    expect(run(rules, small).blockers).toEqual([]);
    const exactly = {
      ...small,
      lines: small.lines.map((l) => (l.id === 'website' ? { ...l, amountCents: 300_00 } : l)),
    };
    expect(run(rules, exactly).blockers).toEqual([]);
    const under = {
      ...small,
      lines: small.lines.map((l) => (l.id === 'website' ? { ...l, amountCents: 299_99 } : l)),
    };
    expect(run(rules, under).blockers[0]).toMatchObject({
      code: 'BELOW_PROJECT_MINIMUM',
      params: { context: 'requested', requestedCents: 3_999_99, minCents: 4_000_00 },
    });
  });

  it('the maximum is measured on the same basis as the minimum', () => {
    // The worked example: €8,200 requested, €6,100 eligible, against a €8,000 maximum.
    const onEligible = run(withTotals({ maxProjectCents: 8_000_00 }), schemes.milanRestaurantPlan);
    expect(onEligible.blockers).toEqual([]);
    expect(onEligible.totals.grantCents).toBe(3_050_00);
    const onRequested = run(
      withTotals({ maxProjectCents: 8_000_00, projectCostBasis: 'requested' }),
      schemes.milanRestaurantPlan,
    );
    expect(onRequested.blockers[0]).toMatchObject({
      code: 'ABOVE_PROJECT_MAXIMUM',
      params: { requestedCents: 8_200_00 },
    });
    expect(onRequested.hints.find((h) => h.code === 'ABOVE_PROJECT_MAXIMUM')?.amountCents).toBe(200_00);
    // At exactly the maximum the plan passes; one cent over, it does not.
    const plan = schemes.milanRestaurantPlan;
    const lessBy = (cents: number) => ({
      ...plan,
      lines: plan.lines.map((l, i) => (i === 0 ? { ...l, amountCents: l.amountCents - cents } : l)),
    });
    const capped = withTotals({ maxProjectCents: 8_000_00, projectCostBasis: 'requested' });
    expect(run(capped, lessBy(200_00)).blockers).toEqual([]);
    expect(run(capped, lessBy(199_99)).blockers[0]).toMatchObject({
      code: 'ABOVE_PROJECT_MAXIMUM',
      params: { requestedCents: 8_000_01, maxCents: 8_000_00 },
    });
    const eligibleOver = run(withTotals({ maxProjectCents: 6_000_00 }), schemes.milanRestaurantPlan);
    expect(eligibleOver.blockers[0]).toMatchObject({
      code: 'ABOVE_PROJECT_MAXIMUM',
      params: { context: 'eligible', eligibleCents: 6_100_00, maxCents: 6_000_00 },
    });
  });
});

describe('a refused plan reports no limits it never applied', () => {
  it('under the minimum: no maximum grant, yearly ceiling or de minimis cut is reported, and no de minimis hint', () => {
    const company: CompanyInput = {
      ...schemes.milanRestaurant,
      deMinimisReceived: [{ grantedOn: '2024-06-01', cents: 299_500_00 }],
    };
    const rules = withTotals({ maxGrantCents: 1_000_00 });
    const report = run(
      { ...rules, perCompanyYearCeiling: { article: 'art. 8', cents: 800_00 } },
      small,
      company,
    );
    expect(report.fundable).toBe(false);
    expect(report.totals.grantCents).toBe(0);
    expect(report.limits).toEqual([]);
    expect(report.hints.map((h) => h.code)).toEqual(['BELOW_PROJECT_MINIMUM']);
    // The headroom is still shown: it is a fact about the company, not a limit applied.
    expect(report.deMinimis?.headroomCents).toBe(500_00);
  });

  it('an applicant who cannot apply gets no "voucher booked" limit; a fundable plan still does', () => {
    const refused = run(
      schemes.miseVoucherRules,
      schemes.paduaRetailerPlan,
      { ...schemes.paduaRetailer, declarations: [] },
      1_500_00,
    );
    expect(refused.applicant.eligible).toBe(false);
    expect(refused.limits).toEqual([]);
    const booked = run(schemes.miseVoucherRules, schemes.paduaRetailerPlan, schemes.paduaRetailer, 1_500_00);
    expect(booked.limits.map((l) => l.code)).toEqual(['ALLOCATED']);
  });
});
