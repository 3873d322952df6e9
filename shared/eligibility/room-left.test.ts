/**
 * "Add €… of spend" is a promise that a grant follows. When a company's yearly ceiling for a scheme or
 * its de minimis headroom is used up, no spend earns one: the engine then gives no such hint, and says
 * which limit closed the room even when the plan is refused for another reason.
 */
import { describe, expect, it } from 'vitest';
import { companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type PlanInput, planSchema } from '../plans/plan-schema';
import { type CallRulesInput, callRulesSchema } from './call-rules-schema';
import { evaluate } from './evaluate';

function run(rules: CallRulesInput, company: unknown, plan: PlanInput, on: string) {
  return evaluate({
    call: { id: 'call', version: 1, rules: callRulesSchema.parse(rules) },
    company: companySchema.parse(company),
    plan: planSchema.parse(plan),
    on,
  });
}

const codes = (items: readonly { code: string }[]) => items.map((i) => i.code);

/** The Milan restaurant's plan at half its amounts: €4,000 of eligible spend is the PID call's minimum. */
const halfPlan: PlanInput = {
  ...schemes.milanRestaurantPlan,
  lines: schemes.milanRestaurantPlan.lines.map((l) => ({ ...l, amountCents: Math.round(l.amountCents / 2) })),
};
const aided = (cents: number) => ({
  ...schemes.milanRestaurant,
  deMinimisReceived: [{ grantedOn: '2024-06-01', cents, regulation: 'EU-2023/2831' }],
});

describe('no hint to add spend when nothing is left to grant', () => {
  it('with de minimis headroom left, a plan below the minimum is told how much to add', () => {
    const report = run(schemes.pidLombardiaRules, aided(100_000_00), halfPlan, '2025-03-01');
    expect(codes(report.blockers)).toEqual(['BELOW_PROJECT_MINIMUM']);
    expect(codes(report.hints)).toEqual(['BELOW_PROJECT_MINIMUM']);
    expect(report.limits).toEqual([]);
  });

  it('with the de minimis headroom used up, it is not, and the report says why', () => {
    const report = run(schemes.pidLombardiaRules, aided(300_000_00), halfPlan, '2025-03-01');
    expect(codes(report.blockers)).toEqual(['BELOW_PROJECT_MINIMUM']);
    expect(report.hints).toEqual([]);
    expect(codes(report.limits)).toEqual(['DE_MINIMIS_CUT']);
    expect(report.totals.grantCents).toBe(0);
  });

  it('with the yearly ceiling used up, a plan below a minimum is not told to add spend either', () => {
    const withMinimum = {
      ...schemes.kmoPortefeuille2025Rules,
      totals: { ...schemes.kmoPortefeuille2025Rules.totals, minProjectCents: 50_000_00 },
    };
    const used = (cents: number) => ({
      ...schemes.gentPrinter,
      grantsThisYear: [{ callFamily: 'kmo-portefeuille', year: 2025, cents }],
    });
    const room = run(withMinimum, used(6_000_00), schemes.gentPrinterPlan, '2025-03-14');
    expect(codes(room.hints)).toEqual(['BELOW_PROJECT_MINIMUM']);
    const full = run(withMinimum, used(7_500_00), schemes.gentPrinterPlan, '2025-03-14');
    expect(codes(full.blockers)).toEqual(['BELOW_PROJECT_MINIMUM']);
    expect(full.hints).toEqual([]);
    expect(codes(full.limits)).toEqual(['YEARLY_CEILING']);
  });

  it('says the ceiling is used up on a plan it leaves at €0, though nothing else limited it', () => {
    const company = {
      ...schemes.gentPrinter,
      grantsThisYear: [{ callFamily: 'kmo-portefeuille', year: 2025, cents: 7_500_00 }],
    };
    const report = run(schemes.kmoPortefeuille2025Rules, company, schemes.gentPrinterPlan, '2025-03-14');
    expect(report.totals.grantCents).toBe(0);
    expect(codes(report.limits)).toEqual(['YEARLY_CEILING']);
  });
});

describe('a call that refuses aid beyond the de minimis headroom', () => {
  const refusing: CallRulesInput = {
    ...schemes.pidLombardiaRules,
    deMinimis: { article: 'Bando PID 2025, art. 3', regulation: 'EU-2023/2831', onExcess: 'refuse' },
  };

  it('refuses a grant when the headroom is used up, and gives no hint to add spend', () => {
    const below = run(refusing, aided(300_000_00), halfPlan, '2025-03-01');
    expect(codes(below.blockers)).toEqual(['BELOW_PROJECT_MINIMUM', 'DE_MINIMIS_EXCEEDED']);
    expect(below.hints).toEqual([]);
    const full = run(refusing, aided(300_000_00), schemes.milanRestaurantPlan, '2025-03-01');
    expect(codes(full.blockers)).toEqual(['DE_MINIMIS_EXCEEDED']);
  });

  it('does not refuse a plan that asks for no grant: nothing is beyond the headroom', () => {
    const nothing = {
      ...halfPlan,
      lines: halfPlan.lines?.map((l) => ({ ...l, category: 'other' as const })),
    };
    const report = run(refusing, aided(300_000_00), nothing as PlanInput, '2025-03-01');
    expect(report.totals.grantCents).toBe(0);
    expect(codes(report.blockers)).not.toContain('DE_MINIMIS_EXCEEDED');
  });
});

describe('the limit that closed the room, and only that one', () => {
  it('on a refused plan, says the de minimis headroom used up, not a yearly ceiling that had room', () => {
    const both = {
      ...schemes.pidLombardiaRules,
      perCompanyYearCeiling: { article: 'Art. 8', cents: 1_000_00 },
    };
    const report = run(both, aided(300_000_00), halfPlan, '2025-03-01');
    expect(codes(report.blockers)).toEqual(['BELOW_PROJECT_MINIMUM']);
    expect(codes(report.limits)).toEqual(['DE_MINIMIS_CUT']);
  });
});
