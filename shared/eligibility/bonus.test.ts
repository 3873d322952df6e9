/**
 * A premium on top of the grant. Rome's edition of the PID call (Camera di Commercio di Roma,
 * https://www.rm.camcom.it) adds €250 for an applicant holding a legality rating: it is added to a
 * grant, so a plan that earns no grant earns no premium either (found by the property "adding an
 * ineligible line never raises the grant").
 */
import { describe, expect, it } from 'vitest';
import { type CompanyInput, companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type PlanInput, planSchema } from '../plans/plan-schema';
import { type CallRulesInput, callRulesSchema } from './call-rules-schema';
import { evaluate } from './evaluate';

const withPremium: CallRulesInput = {
  ...schemes.pidLombardiaRules,
  totals: {
    ...schemes.pidLombardiaRules.totals,
    bonuses: [
      {
        id: 'legality',
        article: 'art. 7',
        label: { it: 'Rating di legalità', en: 'Legality rating' },
        cents: 250_00,
        when: 'legality-rating',
      },
    ],
  },
};
const rated: CompanyInput = { ...schemes.milanRestaurant, legalityRating: true };

function run(rules: CallRulesInput, plan: PlanInput, company: CompanyInput = rated) {
  return evaluate({
    call: { id: 'pid', version: 1, rules: callRulesSchema.parse(rules) },
    company: companySchema.parse(company),
    plan: planSchema.parse(plan),
    on: '2025-03-01',
  });
}

describe('a premium for a legality rating', () => {
  it('adds €250 to the worked example’s €3,050 grant, and is withheld from like the grant', () => {
    const report = run(withPremium, schemes.milanRestaurantPlan);
    expect(report.totals).toMatchObject({ grantCents: 3_050_00, bonusCents: 250_00 });
    // 4 % of €3,300.
    expect(report.totals.withholdingCents).toBe(132_00);
    expect(report.totals.netCostCents).toBe(8_200_00 - 3_300_00);
  });

  it('is not paid to a company without the rating', () => {
    const report = run(withPremium, schemes.milanRestaurantPlan, schemes.milanRestaurant);
    expect(report.totals.bonusCents).toBe(0);
  });

  it('is not paid when there is no grant to add it to', () => {
    // The project is measured on requested spend, so the ineligible lines reach the minimum; with a
    // maximum eligible spend of zero nothing is granted.
    const rules: CallRulesInput = {
      ...withPremium,
      totals: { ...withPremium.totals, projectCostBasis: 'requested', maxEligibleCents: 0 },
    };
    const report = run(rules, schemes.milanRestaurantPlan);
    expect(report.blockers).toEqual([]);
    expect(report.totals).toMatchObject({ grantCents: 0, bonusCents: 0, payoutCents: 0 });
  });

  it('comes after the grant under a yearly ceiling or de minimis headroom: never a premium without a grant', () => {
    // €200 left of a yearly ceiling: the grant takes it, the premium gets what remains (nothing).
    const ceiling = run(
      { ...withPremium, perCompanyYearCeiling: { article: 'art. 8', cents: 1_000_00 } },
      schemes.milanRestaurantPlan,
      { ...rated, grantsThisYear: [{ callFamily: withPremium.family, year: 2025, cents: 800_00 }] },
    );
    expect(ceiling.totals).toMatchObject({ grantCents: 200_00, bonusCents: 0 });
    // €3,200 of de minimis headroom (the PID call cuts to it): €3,050 of grant, €150 of the premium.
    const cut = run(withPremium, schemes.milanRestaurantPlan, {
      ...rated,
      deMinimisReceived: [{ grantedOn: '2024-06-01', cents: 296_800_00 }],
    });
    expect(cut.totals).toMatchObject({ grantCents: 3_050_00, bonusCents: 150_00 });
  });
});
