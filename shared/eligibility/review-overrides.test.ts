/**
 * A consultant's eligible amounts run through the engine: the grant after the review, with every
 * limit of the call still applied. On the Lombardy PID 2025 worked example (micro restaurant in Milano,
 * €6,100 eligible: consulting €3,000, training €1,000, CRM licence €1,200, tablets €900; the
 * smartphone is excluded and the website has no 4.0 technology tag; 50 %, 4 % withheld).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Company, companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type Plan, planSchema } from '../plans/plan-schema';
import { type CallRulesInput, callRulesSchema } from './call-rules-schema';
import { ENGINE_VERSION, evaluate } from './evaluate';
import { callRulesArb, companyArb, planArb } from './testing/arbitraries';

function run(
  rules: CallRulesInput,
  company: unknown,
  plan: unknown,
  on: string,
  overrides?: Record<string, number>,
) {
  return evaluate({
    call: { id: 'call', version: 1, rules: callRulesSchema.parse(rules) },
    company: companySchema.parse(company) as Company,
    plan: planSchema.parse(plan) as Plan,
    on,
    eligibleOverrides: overrides ? new Map(Object.entries(overrides)) : undefined,
  });
}
const milan = (overrides?: Record<string, number>, rules: CallRulesInput = schemes.pidLombardiaRules) =>
  run(rules, schemes.milanRestaurant, schemes.milanRestaurantPlan, '2025-03-01', overrides);
const line = (report: ReturnType<typeof milan>, id: string) => report.lines.find((l) => l.lineId === id);

describe('no overrides: the very report the engine always made (golden)', () => {
  const examples: [string, CallRulesInput, unknown, unknown, string][] = [
    [
      'MISE voucher 2018',
      schemes.miseVoucherRules,
      schemes.paduaRetailer,
      schemes.paduaRetailerPlan,
      '2018-03-20',
    ],
    [
      'PID Lombardia 2025',
      schemes.pidLombardiaRules,
      schemes.milanRestaurant,
      schemes.milanRestaurantPlan,
      '2025-03-01',
    ],
    [
      'KMO-portefeuille 2025',
      schemes.kmoPortefeuille2025Rules,
      schemes.gentPrinter,
      schemes.gentPrinterPlan,
      '2025-03-14',
    ],
    [
      'MIT feasibility',
      schemes.mitFeasibilityRules,
      schemes.utrechtStartup,
      schemes.utrechtStartupPlan,
      '2026-01-05',
    ],
  ];
  it.each(examples)(
    '%s: absent or empty overrides change nothing, hashes included',
    (_, rules, company, plan, on) => {
      const before = run(rules, company, plan, on);
      expect(run(rules, company, plan, on, {})).toEqual(before);
      // Ids of no line in the plan are ignored: only the input hash (which names them) differs.
      const unknown = run(rules, company, plan, on, { 'no-such-line': 1_00 });
      expect({ ...unknown, inputHash: before.inputHash }).toEqual(before);
      expect(unknown.inputHash).not.toBe(before.inputHash);
    },
  );

  it('so existing reports keep their engine version', () => {
    expect(milan().engineVersion).toBe(ENGINE_VERSION);
    expect(milan().totals).toMatchObject({
      eligibleCents: 6_100_00,
      grantCents: 3_050_00,
      payoutCents: 2_928_00,
    });
  });

  it('holds for generated calls, companies and plans', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(callRulesArb, companyArb, planArb(), (rules, company, plan) => {
        const call = { id: 'c', version: 1, rules };
        const on = '2026-06-15';
        expect(evaluate({ call, company, plan, on, eligibleOverrides: new Map() })).toEqual(
          evaluate({ call, company, plan, on }),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('an overridden line', () => {
  it('to 0: the line counts nothing, its reason says the consultant set it, the totals follow', () => {
    const report = milan({ 'crm-training': 0 });
    expect(line(report, 'crm-training')).toMatchObject({
      verdict: 'ineligible',
      eligibleCents: 0,
      grantCents: 0,
      rateBp: 0,
    });
    expect(line(report, 'crm-training')?.reasons[0]).toMatchObject({
      code: 'REVIEW_OVERRIDE',
      ruleId: 'review.lines.crm-training',
      params: { eligibleCents: 0, engineCents: 1_000_00 },
    });
    // 3,000 + 1,200 + 900 = 5,100 (consulting 59 %: within 30–70 %), 50 % = 2,550, 4 % withheld.
    expect(report.totals).toMatchObject({
      eligibleCents: 5_100_00,
      grantCents: 2_550_00,
      withholdingCents: 102_00,
      payoutCents: 2_448_00,
    });
    expect(report.fundable).toBe(true);
  });

  it('to 0 below the project minimum: €3,100 left of the €4,000 minimum, no grant', () => {
    const report = milan({ 'crm-consulting': 0 });
    expect(report.totals).toMatchObject({ eligibleCents: 3_100_00, grantCents: 0, payoutCents: 0 });
    expect(report.blockers.map((b) => b.code)).toEqual(['BELOW_PROJECT_MINIMUM']);
    expect(report.fundable).toBe(false);
  });

  it('to its requested amount: a line the engine refused counts in full, at the call’s default rate', () => {
    const report = milan({ smartphone: 600_00 });
    expect(line(report, 'smartphone')).toMatchObject({
      verdict: 'eligible',
      eligibleCents: 600_00,
      rateBp: 5000,
      grantCents: 300_00,
    });
    // The engine's own reason stays, after the override: it says what was overridden.
    expect(line(report, 'smartphone')?.reasons.map((r) => r.code)).toEqual(['REVIEW_OVERRIDE', 'EXCLUDED']);
    expect(report.totals).toMatchObject({ eligibleCents: 6_700_00, grantCents: 3_350_00 });
  });

  it('never above the requested amount: a higher one counts as the requested amount', () => {
    const report = milan({ 'crm-training': 5_000_00 });
    expect(line(report, 'crm-training')).toMatchObject({ eligibleCents: 1_000_00, verdict: 'eligible' });
    expect(report.totals.eligibleCents).toBe(6_100_00);
  });

  it('is the same whatever order the overrides are given in, and names them in the input hash', () => {
    const a = milan({ tablets: 100_00, 'crm-training': 500_00 });
    const b = milan({ 'crm-training': 500_00, tablets: 100_00 });
    expect(a).toEqual(b);
    expect(a.inputHash).not.toBe(milan().inputHash);
  });

  it('still meets the share range: without the licence, consulting + training is 82 % (> 70 %) and the plan is refused', () => {
    const report = milan({ 'crm-licence': 0 });
    expect(report.blockers.map((b) => b.code)).toEqual(['SHARE_RANGE']);
    expect(report.fundable).toBe(false);
    expect(report.totals).toMatchObject({ eligibleCents: 4_900_00, grantCents: 0, payoutCents: 0 });
  });

  it('still meets the maximum grant: €3,350 computed, €3,200 the most the call gives', () => {
    const capped: CallRulesInput = {
      ...schemes.pidLombardiaRules,
      totals: { ...schemes.pidLombardiaRules.totals, maxGrantCents: 3_200_00 },
    };
    expect(milan(undefined, capped).totals.grantCents).toBe(3_050_00);
    const report = milan({ smartphone: 600_00 }, capped);
    expect(report.totals).toMatchObject({
      eligibleCents: 6_700_00,
      grantCents: 3_200_00,
      withholdingCents: 128_00,
    });
    expect(report.limits.map((l) => l.code)).toContain('MAX_GRANT');
  });

  it('still meets the maximum eligible spend: overridden lines are cut with the others', () => {
    const report = run(
      schemes.pidLombardiaRules,
      schemes.milanRestaurant,
      {
        ...schemes.milanRestaurantPlan,
        lines: schemes.milanRestaurantPlan.lines.map((l) =>
          l.id === 'website' ? { ...l, amountCents: 30_000_00 } : l,
        ),
      },
      '2025-03-01',
      { website: 30_000_00 },
    );
    expect(report.totals.eligibleCents).toBe(20_000_00);
    expect(report.limits.map((l) => l.code)).toContain('MAX_ELIGIBLE');
  });

  it('keeps the cap other aid on the same cost leaves, worked out on the new amount', () => {
    // 30 % regional aid on the consulting; all aid at most 50 %: on €2,000 the call gives at most
    // €1,000 − €600 = €400 (on the engine's €3,000 it was €600).
    const rules: CallRulesInput = {
      ...schemes.pidLombardiaRules,
      cumulation: { article: 'Reg. 2023/2831 art. 5(2)', policy: 'max-intensity', maxIntensityBp: 5000 },
    };
    const plan = {
      ...schemes.milanRestaurantPlan,
      lines: schemes.milanRestaurantPlan.lines.map((l) =>
        l.id === 'crm-consulting' ? { ...l, otherAid: [{ kind: 'gber', intensityBp: 3000 }] } : l,
      ),
    };
    const report = run(rules, schemes.milanRestaurant, plan, '2025-03-01', { 'crm-consulting': 2_000_00 });
    expect(line(report, 'crm-consulting')).toMatchObject({ eligibleCents: 2_000_00, grantCents: 400_00 });
    expect(line(report, 'crm-consulting')?.reasons.map((r) => r.code)).toEqual([
      'REVIEW_OVERRIDE',
      'CUMULATION_CAP',
    ]);
  });
});
