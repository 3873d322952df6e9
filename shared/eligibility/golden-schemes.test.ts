/** The worked examples of the domain notes, to the cent: the engine's ground truth. */
import { describe, expect, it } from 'vitest';
import { type Company, companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type Plan, planSchema } from '../plans/plan-schema';
import { type CallRulesInput, callRulesSchema } from './call-rules-schema';
import { evaluate } from './evaluate';

function run(rules: CallRulesInput, company: unknown, plan: unknown, on: string, allocatedCents?: number) {
  return evaluate({
    call: { id: 'call', version: 1, rules: callRulesSchema.parse(rules) },
    company: companySchema.parse(company) as Company,
    plan: planSchema.parse(plan) as Plan,
    on,
    allocatedCents,
  });
}

const verdicts = (report: ReturnType<typeof run>) =>
  Object.fromEntries(
    report.lines.map((l) => [l.lineId, [l.verdict, l.eligibleCents, l.reasons.map((r) => r.code)]]),
  );

describe('Scheme 1 — MISE voucher 2018, micro retailer in Padova', () => {
  const report = run(
    schemes.miseVoucherRules,
    schemes.paduaRetailer,
    schemes.paduaRetailerPlan,
    '2018-03-20',
  );

  it('judges each line as the worked example does', () => {
    expect(verdicts(report)).toEqual({
      l1: ['eligible', 1_800_00, []],
      l2: ['eligible', 3_500_00, []],
      l3: ['eligible', 2_000_00, []],
      l4: ['ineligible', 0, ['EXCLUDED']],
      l5: ['eligible', 400_00, []],
      l6: ['ineligible', 0, ['EXCLUDED']],
      l7: ['ineligible', 0, ['OUTSIDE_SPEND_WINDOW']],
    });
    expect(report.lines.find((l) => l.lineId === 'l4')?.reasons[0]).toMatchObject({
      ruleId: 'exclusions.rules.subscriptions',
      article: 'DD 24/10/2017, art. 5(3)(a)',
    });
  });

  it('grants 50 % of €7,700 = €3,850, or the €1,500 booked after the regional split', () => {
    expect(report.applicant.sizeClass).toBe('micro');
    expect(report.totals).toMatchObject({
      eligibleCents: 7_700_00,
      grantCents: 3_850_00,
      payoutCents: 3_850_00,
    });
    const booked = run(
      schemes.miseVoucherRules,
      schemes.paduaRetailer,
      schemes.paduaRetailerPlan,
      '2018-03-20',
      1_500_00,
    );
    expect(booked.totals.grantCents).toBe(1_500_00);
    expect(booked.limits.map((l) => l.code)).toEqual(['ALLOCATED']);
  });
});

describe('Scheme 2 — Voucher Digitali I4.0 Lombardia 2025, micro restaurant in Milano', () => {
  const report = run(
    schemes.pidLombardiaRules,
    schemes.milanRestaurant,
    schemes.milanRestaurantPlan,
    '2025-03-01',
  );

  it('judges each line as the worked example does', () => {
    expect(verdicts(report)).toEqual({
      'crm-consulting': ['eligible', 3_000_00, []],
      'crm-licence': ['eligible', 1_200_00, []],
      'crm-training': ['eligible', 1_000_00, []],
      smartphone: ['ineligible', 0, ['EXCLUDED']],
      tablets: ['eligible', 900_00, []],
      website: ['ineligible', 0, ['TAGS_MISSING']],
    });
  });

  it('grants €3,050 and pays €2,928 after the 4 % withholding', () => {
    expect(report.fundable).toBe(true);
    expect(report.totals).toEqual({
      requestedCents: 8_200_00,
      eligibleCents: 6_100_00,
      grantCents: 3_050_00,
      bonusCents: 0,
      withholdingCents: 122_00,
      payoutCents: 2_928_00,
      netCostCents: 5_150_00,
    });
    expect(report.lines.reduce((s, l) => s + l.grantCents, 0)).toBe(3_050_00);
  });

  it('refuses the project when consulting + training leave the 30–70 % range, and says by how much', () => {
    const plan = {
      ...schemes.milanRestaurantPlan,
      lines: schemes.milanRestaurantPlan.lines.filter((l) => l.id !== 'crm-licence' && l.id !== 'tablets'),
    };
    const tooMuchConsulting = run(schemes.pidLombardiaRules, schemes.milanRestaurant, plan, '2025-03-01');
    expect(tooMuchConsulting.fundable).toBe(false);
    expect(tooMuchConsulting.totals.grantCents).toBe(0);
    expect(tooMuchConsulting.blockers.map((b) => b.code)).toContain('SHARE_RANGE');
    // 4,000 of consulting + training is ≤ 70 % only with ≥ 1,714.29 of other eligible spend.
    expect(tooMuchConsulting.hints.find((h) => h.code === 'SHARE_RANGE_HIGH')?.amountCents).toBe(1_714_29);
  });

  it('says how much spend is missing to reach the €4,000 minimum', () => {
    const plan = {
      ...schemes.milanRestaurantPlan,
      lines: schemes.milanRestaurantPlan.lines.filter((l) => l.id === 'crm-consulting' || l.id === 'tablets'),
    };
    const small = run(schemes.pidLombardiaRules, schemes.milanRestaurant, plan, '2025-03-01');
    expect(small.hints.find((h) => h.code === 'BELOW_PROJECT_MINIMUM')).toEqual({
      code: 'BELOW_PROJECT_MINIMUM',
      message: 'Add €100 of eligible spend to reach the €4,000 minimum.',
      params: { missingCents: 100_00, minCents: 4_000_00 },
      amountCents: 100_00,
    });
  });
});

describe('Scheme 3 — KMO-portefeuille, small printer in Gent', () => {
  const report = run(
    schemes.kmoPortefeuille2025Rules,
    schemes.gentPrinter,
    schemes.gentPrinterPlan,
    '2025-03-14',
  );

  it('applies 30 %, 45 % for cybersecurity, the catering cap, and refuses licences and unregistered providers', () => {
    expect(report.applicant.sizeClass).toBe('small');
    expect(
      Object.fromEntries(
        report.lines.map((l) => [l.lineId, [l.verdict, l.eligibleCents, l.rateBp, l.grantCents]]),
      ),
    ).toEqual({
      powerbi: ['eligible', 1_200_00, 3000, 360_00],
      'cyber-training': ['eligible', 2_000_00, 4500, 900_00],
      'erp-advice': ['eligible', 6_000_00, 3000, 1_800_00],
      catering: ['partly', 250_00, 3000, 75_00],
      licence: ['ineligible', 0, 0, 0],
      unregistered: ['ineligible', 0, 0, 0],
    });
    expect(report.lines.find((l) => l.lineId === 'unregistered')?.reasons[0]?.code).toBe(
      'SUPPLIER_NOT_ACCREDITED',
    );
    expect(report.lines.find((l) => l.lineId === 'catering')?.reasons[0]?.code).toBe('UNIT_PRICE_CAP');
  });

  it('totals €3,135 of subsidy', () => {
    expect(report.totals.grantCents).toBe(3_135_00);
  });

  it('caps at €7,500 per company per calendar year across applications', () => {
    const company = {
      ...schemes.gentPrinter,
      grantsThisYear: [{ callFamily: 'kmo-portefeuille', year: 2025, cents: 6_000_00 }],
    };
    const capped = run(schemes.kmoPortefeuille2025Rules, company, schemes.gentPrinterPlan, '2025-03-14');
    expect(capped.totals.grantCents).toBe(1_500_00);
    expect(capped.limits.map((l) => l.code)).toEqual(['YEARLY_CEILING']);
  });

  it('refuses lines applied for more than 14 days after the service started', () => {
    const late = run(
      schemes.kmoPortefeuille2025Rules,
      schemes.gentPrinter,
      schemes.gentPrinterPlan,
      '2025-03-25',
    );
    expect(late.lines.find((l) => l.lineId === 'erp-advice')?.reasons[0]?.code).toBe('APPLIED_TOO_LATE');
    expect(late.lines.find((l) => l.lineId === 'cyber-training')?.verdict).toBe('eligible');
  });

  it('in the 2026 version, admits advice only on cybersecurity', () => {
    const plan = {
      ...schemes.gentPrinterPlan,
      projectPeriod: { from: '2026-03-01', to: '2026-12-31' },
      lines: schemes.gentPrinterPlan.lines.map((l) => ({
        ...l,
        date: '2026-03-10',
        serviceStartsOn: '2026-03-10',
      })),
    };
    const report2026 = run(schemes.kmoPortefeuille2026Rules, schemes.gentPrinter, plan, '2026-03-12');
    expect(report2026.lines.find((l) => l.lineId === 'erp-advice')?.verdict).toBe('ineligible');
    expect(report2026.totals.grantCents).toBe(360_00 + 900_00 + 75_00);
  });
});

describe('Scheme 4 — MIT feasibility, Netherlands', () => {
  it('grants 40 % of a €40,000 feasibility study = €16,000', () => {
    const report = run(
      schemes.mitFeasibilityRules,
      schemes.utrechtStartup,
      schemes.utrechtStartupPlan,
      '2026-01-05',
    );
    expect(report.totals.grantCents).toBe(16_000_00);
    expect(report.fundable).toBe(true);
  });

  it('needs at least 60 % feasibility study', () => {
    const plan = {
      ...schemes.utrechtStartupPlan,
      lines: [
        ...schemes.utrechtStartupPlan.lines,
        {
          id: 'dev',
          category: 'research-development',
          description: 'Prototype',
          supplier: { name: 'Lab' },
          amountCents: 40_000_00,
          date: '2026-03-01',
        },
      ],
    };
    const report = run(schemes.mitFeasibilityRules, schemes.utrechtStartup, plan, '2026-01-05');
    expect(report.fundable).toBe(false);
    expect(report.hints[0]).toMatchObject({ code: 'SHARE_RANGE_LOW', amountCents: 20_000_00 });
  });
});
