/**
 * Other aid on the same cost (cumulation), on the Lombardy PID voucher worked example (micro restaurant
 * in Milano: CRM consulting €3,000 at 50 %, grant €3,050 in total).
 *
 * Reg. (EU) 2023/2831, art. 5(2) (OJ L, 2023/2831, 15.12.2023, https://eur-lex.europa.eu/eli/reg/2023/2831/oj):
 * "De minimis aid shall not be cumulated with State aid in relation to the same eligible costs … if such
 * cumulation would result in an aid intensity … exceeding the highest relevant aid intensity … fixed …
 * by a block exemption regulation". For consultancy to SMEs that is 50 % (Reg. (EU) 651/2014 (GBER)
 * art. 18(3), https://eur-lex.europa.eu/eli/reg/2014/651/oj).
 * Many calls go further and allow no other aid on the same cost except general tax incentives (the
 * Lombardy chambers' Voucher Digitali I4.0 calls: "non cumulabili con altri aiuti di Stato sulle
 * medesime spese", https://www.puntoimpresadigitale.camcom.it).
 */
import { describe, expect, it } from 'vitest';
import { type CompanyInput, companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type PlanInput, planSchema } from '../plans/plan-schema';
import { type CallRulesInput, callRulesSchema } from './call-rules-schema';
import { evaluate } from './evaluate';

const ON = '2025-03-01';

function run(rules: CallRulesInput, plan: PlanInput, company: CompanyInput = schemes.milanRestaurant) {
  return evaluate({
    call: { id: 'pid', version: 1, rules: callRulesSchema.parse(rules) },
    company: companySchema.parse(company),
    plan: planSchema.parse(plan),
    on: ON,
  });
}

const withCumulation = (cumulation: CallRulesInput['cumulation']): CallRulesInput => ({
  ...schemes.pidLombardiaRules,
  cumulation,
});

type LineInput = PlanInput['lines'][number];
const withAid = (lineId: string, otherAid: LineInput['otherAid']): PlanInput => ({
  ...schemes.milanRestaurantPlan,
  lines: schemes.milanRestaurantPlan.lines.map((l) => (l.id === lineId ? { ...l, otherAid } : l)),
});

const line = (report: ReturnType<typeof run>, id: string) => report.lines.find((l) => l.lineId === id);
const GBER_ART_18 = {
  article: 'Reg. 2023/2831 art. 5(2); GBER art. 18(3)',
  policy: 'max-intensity' as const,
};

describe('cumulation up to a maximum intensity (Reg. 2023/2831 art. 5(2))', () => {
  it('caps the line: 30 % regional GBER aid on €3,000 of consulting leaves €600 of the 50 % (not €1,500)', () => {
    const report = run(
      withCumulation({ ...GBER_ART_18, maxIntensityBp: 5000 }),
      withAid('crm-consulting', [{ kind: 'gber', intensityBp: 3000, grantingBody: 'Regione Lombardia' }]),
    );
    expect(line(report, 'crm-consulting')).toMatchObject({
      verdict: 'eligible',
      eligibleCents: 3_000_00,
      grantCents: 600_00,
    });
    expect(line(report, 'crm-consulting')?.reasons).toEqual([
      expect.objectContaining({
        code: 'CUMULATION_CAP',
        ruleId: 'cumulation.maxIntensityBp',
        params: { otherAidCents: 900_00, costCents: 3_000_00, maxIntensityBp: 5000, capCents: 600_00 },
      }),
    ]);
    // 3,050 − 1,500 + 600; withholding 4 % of 2,150 = 86.
    expect(report.totals).toMatchObject({
      grantCents: 2_150_00,
      withholdingCents: 86_00,
      payoutCents: 2_064_00,
    });
  });

  it('rounds such a grant to the euro below, never up past the maximum intensity', () => {
    // €899.40 of other aid leaves €600.60 on the consulting: €2,150.60 in all, which the nearest euro
    // would round up to €2,151, handing the capped line part of the extra 40 cents.
    const rules = withCumulation({ ...GBER_ART_18, maxIntensityBp: 5000 });
    const nearest = { ...rules, totals: { ...rules.totals, rounding: 'euro-nearest' as const } };
    const report = run(nearest, withAid('crm-consulting', [{ kind: 'other-state-aid', cents: 899_40 }]));
    expect(report.totals.grantCents).toBe(2_150_00);
    expect(line(report, 'crm-consulting')?.grantCents).toBeLessThanOrEqual(600_60);
    // Without other aid on any cost the call's own rounding stands: €3,050.60 goes up to €3,051.
    const plan = {
      ...schemes.milanRestaurantPlan,
      lines: schemes.milanRestaurantPlan.lines.map((l) =>
        l.id === 'crm-consulting' ? { ...l, amountCents: 3_001_21 } : l,
      ),
    };
    expect(run(nearest, plan).totals.grantCents).toBe(3_051_00);
    // Other aid that leaves room enough (€100 under a 100 % maximum leaves €2,900 for a €1,500.61 share)
    // does not change the call's rounding either.
    const roomy = { ...nearest, cumulation: { ...GBER_ART_18, maxIntensityBp: 10_000 } };
    const withRoom = {
      ...plan,
      lines: plan.lines.map((l) =>
        l.id === 'crm-consulting'
          ? { ...l, otherAid: [{ kind: 'other-state-aid' as const, cents: 100_00 }] }
          : l,
      ),
    };
    expect(run(roomy, withRoom).totals.grantCents).toBe(3_051_00);
    // Nor a cap that a later cut leaves far behind: a €2,001.21 maximum eligible spend (and no minimum)
    // cuts the consulting to about €984, whose €492 share is well under the €600.60 the €899.40 of other
    // aid leaves.
    const cutLater = {
      ...nearest,
      totals: { ...nearest.totals, maxEligibleCents: 2_001_21, minProjectCents: undefined },
    };
    const cut = run(cutLater, withAid('crm-consulting', [{ kind: 'other-state-aid', cents: 899_40 }]));
    expect(cut.totals.grantCents).toBe(1_001_00);
  });

  it('at exactly the maximum intensity nothing is left: the line is refused and no longer counts', () => {
    const report = run(
      withCumulation({ ...GBER_ART_18, maxIntensityBp: 5000 }),
      withAid('crm-training', [{ kind: 'other-state-aid', cents: 500_00 }]),
    );
    expect(line(report, 'crm-training')).toMatchObject({ verdict: 'ineligible', eligibleCents: 0 });
    expect(line(report, 'crm-training')?.reasons[0]).toMatchObject({
      code: 'CUMULATION_CAP',
      params: { context: 'exhausted', otherAidCents: 500_00, costCents: 1_000_00 },
    });
    // One cent less of other aid leaves one cent for this call.
    const justUnder = run(
      withCumulation({ ...GBER_ART_18, maxIntensityBp: 5000 }),
      withAid('crm-training', [{ kind: 'other-state-aid', cents: 499_99 }]),
    );
    expect(line(justUnder, 'crm-training')).toMatchObject({ verdict: 'eligible', grantCents: 1 });
  });

  it('ignores general tax incentives (not State aid) and caps nothing while the sum stays within', () => {
    const taxCredit = run(
      withCumulation({ ...GBER_ART_18, maxIntensityBp: 5000 }),
      withAid('crm-consulting', [{ kind: 'general-tax-incentive', intensityBp: 4000 }]),
    );
    expect(line(taxCredit, 'crm-consulting')).toMatchObject({ grantCents: 1_500_00, reasons: [] });
    const within = run(
      withCumulation({ ...GBER_ART_18, maxIntensityBp: 8000 }),
      withAid('crm-consulting', [{ kind: 'gber', cents: 900_00 }]),
    );
    expect(within.totals.grantCents).toBe(3_050_00);
  });

  it("reads other aid from the company's aid history when it names the plan line among its costs", () => {
    const company: CompanyInput = {
      ...schemes.milanRestaurant,
      deMinimisReceived: [
        {
          grantedOn: '2024-11-05',
          cents: 2_000_00,
          kind: 'gber',
          grantingBody: 'Regione Lombardia',
          costsCovered: [{ planId: 'milan-2025', lineId: 'crm-consulting', cents: 900_00 }],
        },
      ],
    };
    const report = run(
      withCumulation({ ...GBER_ART_18, maxIntensityBp: 5000 }),
      schemes.milanRestaurantPlan,
      company,
    );
    expect(line(report, 'crm-consulting')?.grantCents).toBe(600_00);
    // GBER aid is not de minimis: the headroom is untouched.
    expect(report.deMinimis?.countedCents).toBe(0);
  });
});

describe('calls that allow no other aid on the same cost', () => {
  it('refuses a line with any other aid, citing the rule, when the call allows none', () => {
    const report = run(
      withCumulation({ article: 'Bando PID 2025, art. 3', policy: 'none' }),
      withAid('crm-training', [{ kind: 'general-tax-incentive', cents: 200_00, status: 'requested' }]),
    );
    expect(line(report, 'crm-training')).toMatchObject({ verdict: 'ineligible', eligibleCents: 0 });
    expect(line(report, 'crm-training')?.reasons).toEqual([
      expect.objectContaining({
        code: 'CUMULATION_NOT_ALLOWED',
        ruleId: 'cumulation.policy',
        article: 'Bando PID 2025, art. 3',
        params: { otherAidCents: 200_00 },
      }),
    ]);
    expect(report.totals.grantCents).toBe(2_550_00);
  });

  it('admits general tax incentives only, when the call says so', () => {
    const rules = withCumulation({
      article: 'Bando PID 2025, art. 3',
      policy: 'general-tax-incentives-only',
    });
    const taxOnly = run(
      rules,
      withAid('crm-training', [{ kind: 'general-tax-incentive', intensityBp: 2000 }]),
    );
    expect(line(taxOnly, 'crm-training')?.verdict).toBe('eligible');
    const deMinimis = run(rules, withAid('crm-training', [{ kind: 'de-minimis', intensityBp: 2000 }]));
    expect(line(deMinimis, 'crm-training')?.reasons[0]).toMatchObject({
      code: 'CUMULATION_NOT_ALLOWED',
      params: { context: 'taxIncentivesOnly', otherAidCents: 200_00 },
    });
  });

  it('checks nothing when the call states no cumulation rule (as before)', () => {
    const report = run(
      schemes.pidLombardiaRules,
      withAid('crm-training', [{ kind: 'gber', cents: 1_000_00 }]),
    );
    expect(report.totals.grantCents).toBe(3_050_00);
  });

  it('needs an amount or an intensity, not both, and a maximum only with the max-intensity policy', () => {
    const both = planSchema.safeParse(withAid('crm-training', [{ kind: 'gber', cents: 1, intensityBp: 1 }]));
    expect(both.success).toBe(false);
    expect(callRulesSchema.safeParse(withCumulation({ article: 'a', policy: 'max-intensity' })).success).toBe(
      false,
    );
    expect(
      callRulesSchema.safeParse(withCumulation({ article: 'a', policy: 'none', maxIntensityBp: 5000 }))
        .success,
    ).toBe(false);
  });
});
