/**
 * A line not dated yet (an estimate or a quote): the call's dates become the dates to keep, each with
 * its rule; the amounts are those of the same line dated inside every window. Rules as in
 * application-timing.test.ts (PID Lombardia 2025, MIT feasibility).
 */
import { describe, expect, it } from 'vitest';
import { companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type PlanInput, planInputSchema, planSchema } from '../plans/plan-schema';
import { type CallRulesInput, callRulesSchema } from './call-rules-schema';
import { ENGINE_VERSION, evaluate, totalsAsToday } from './evaluate';

function run(rules: CallRulesInput, company: unknown, plan: PlanInput, on: string, explain = true) {
  return evaluate(
    {
      call: { id: 'call', version: 1, rules: callRulesSchema.parse(rules) },
      company: companySchema.parse(company),
      plan: planSchema.parse(plan),
      on,
    },
    { explain },
  );
}

/** The plan with one line's invoice date taken away. */
function undated(plan: PlanInput, lineId: string): PlanInput {
  return {
    ...plan,
    lines: (plan.lines ?? []).map((l) => {
      if (l.id !== lineId) return l;
      const { date: _, ...rest } = l;
      return rest;
    }),
  };
}

const pidWithTimings: CallRulesInput = {
  ...schemes.pidLombardiaRules,
  applicationTiming: [
    { id: 'costs-after-application', article: 'Bando, art. 6(2)', date: 'invoice', fromDay: 1 },
  ],
};

describe('an undated line', () => {
  it('counts as the same line dated inside the windows, and is told each rule’s dates to keep', () => {
    const on = '2025-03-14'; // crm-consulting is invoiced 15 March: inside every window
    const dated = run(pidWithTimings, schemes.milanRestaurant, schemes.milanRestaurantPlan, on);
    const report = run(
      pidWithTimings,
      schemes.milanRestaurant,
      undated(schemes.milanRestaurantPlan, 'crm-consulting'),
      on,
    );
    expect(report.totals).toEqual(dated.totals);
    const line = report.lines.find((l) => l.lineId === 'crm-consulting');
    expect(line?.verdict).toBe('eligible');
    expect(line?.reasons.filter((r) => r.code === 'INVOICE_DATE_TO_KEEP')).toEqual([
      {
        code: 'INVOICE_DATE_TO_KEEP',
        ruleId: 'spendWindow',
        article: 'Bando PID 2025, art. 6',
        message: 'Not invoiced yet: only costs invoiced 2025-01-01 – 2025-12-31 count.',
        params: { fromDate: '2025-01-01', toDate: '2025-12-31' },
      },
      {
        code: 'INVOICE_DATE_TO_KEEP',
        ruleId: 'applicationTiming.costs-after-application',
        article: 'Bando, art. 6(2)',
        message: 'Not invoiced yet: only costs invoiced on or after 2025-03-15 count.',
        params: { context: 'from', fromDate: '2025-03-15' },
      },
    ]);
    // A dated line inside the windows is told nothing about dates.
    expect(dated.lines.find((l) => l.lineId === 'crm-consulting')?.reasons).toEqual([]);
  });

  it('is refused when no invoice date could count, citing the rule that closes first', () => {
    // Applying on 31 December: costs from 1 January 2026, the spending period ended the day before.
    const on = '2025-12-31';
    const plan = undated(schemes.milanRestaurantPlan, 'crm-consulting');
    const report = run(pidWithTimings, schemes.milanRestaurant, plan, on);
    const line = report.lines.find((l) => l.lineId === 'crm-consulting');
    expect(line?.verdict).toBe('ineligible');
    expect(line?.reasons).toEqual([
      {
        code: 'NO_INVOICE_DATE_FITS',
        ruleId: 'spendWindow',
        article: 'Bando PID 2025, art. 6',
        message:
          'Not invoiced yet, and no invoice date can count: applying on 2025-12-31, only costs invoiced on or after 2026-01-01 and on or before 2025-12-31 count.',
        params: { applicationDate: on, fromDate: '2026-01-01', toDate: '2025-12-31' },
      },
    ]);
    // Ranking (no texts) agrees on the amounts.
    expect(run(pidWithTimings, schemes.milanRestaurant, plan, on, false).totals).toEqual(report.totals);
    // One day earlier, 31 December itself is left: the line counts.
    expect(
      run(pidWithTimings, schemes.milanRestaurant, plan, '2025-12-30').lines.find(
        (l) => l.lineId === 'crm-consulting',
      )?.verdict,
    ).toBe('eligible');
  });

  it('is refused once the spending period is over: an invoice not issued yet is dated from today', () => {
    const plan = undated(schemes.milanRestaurantPlan, 'crm-consulting');
    const on = '2026-01-10'; // PID 2025 counts costs invoiced in 2025
    const line = run(schemes.pidLombardiaRules, schemes.milanRestaurant, plan, on).lines.find(
      (l) => l.lineId === 'crm-consulting',
    );
    expect(line?.verdict).toBe('ineligible');
    expect(line?.reasons).toEqual([
      expect.objectContaining({
        code: 'NO_INVOICE_DATE_FITS',
        ruleId: 'spendWindow',
        // Said as the period being over, not as a rule starting on the evaluation day.
        params: { context: 'over', toDate: '2025-12-31', applicationDate: on },
      }),
    ]);
    // On the period's last day, that day is still left.
    expect(
      run(schemes.pidLombardiaRules, schemes.milanRestaurant, plan, '2025-12-31').lines.find(
        (l) => l.lineId === 'crm-consulting',
      )?.verdict,
    ).toBe('eligible');
  });

  it('is judged on each day asked, the same rules object evaluated on several days', () => {
    // Matching keeps one rules object per call version across requests: nothing of one day may stick.
    const rules = callRulesSchema.parse(schemes.pidLombardiaRules);
    const company = companySchema.parse(schemes.milanRestaurant);
    const plan = planSchema.parse(undated(schemes.milanRestaurantPlan, 'crm-consulting'));
    // Ranking summaries carry no lines: the eligible total tells whether the CRM consulting counted.
    const eligibleOn = (on: string, explain: boolean) =>
      evaluate({ call: { id: 'call', version: 1, rules }, company, plan, on }, { explain }).totals
        .eligibleCents;
    for (const explain of [false, true]) {
      const days = ['2025-12-30', '2026-01-05', '2025-12-30'].map((on) => eligibleOn(on, explain));
      expect(days[0]).toBe(6_100_00);
      expect(days[1]).toBeLessThan(6_100_00);
      expect(days[2]).toBe(6_100_00);
    }
  });

  it('keeps a start condition only when it gives no start date either', () => {
    const plan: PlanInput = {
      ...schemes.utrechtStartupPlan,
      lines: [
        ...(schemes.utrechtStartupPlan.lines ?? []),
        {
          id: 'interviews',
          category: 'feasibility-study',
          description: 'Customer interviews',
          supplier: { name: 'Bureau' },
          amountCents: 5_000_00,
        },
      ],
    };
    const on = '2026-01-05';
    const noStart = run(schemes.mitFeasibilityRules, schemes.utrechtStartup, plan, on);
    expect(noStart.lines.find((l) => l.lineId === 'interviews')?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'START_DATE_TO_KEEP',
        ruleId: 'applicationTiming.not-started',
        params: { context: 'from', fromDate: on },
      }),
    );
    const withStart = (serviceStartsOn: string) => ({
      ...plan,
      lines: (plan.lines ?? []).map((l) => (l.id === 'interviews' ? { ...l, serviceStartsOn } : l)),
    });
    const started = run(schemes.mitFeasibilityRules, schemes.utrechtStartup, withStart('2026-01-10'), on);
    const line = started.lines.find((l) => l.lineId === 'interviews');
    expect(line?.verdict).toBe('eligible');
    expect(line?.reasons.map((r) => r.code)).not.toContain('START_DATE_TO_KEEP');
    // A start date given is judged as ever, even without an invoice date.
    const early = run(schemes.mitFeasibilityRules, schemes.utrechtStartup, withStart('2026-01-04'), on);
    expect(early.lines.find((l) => l.lineId === 'interviews')?.reasons[0]?.code).toBe(
      'STARTED_BEFORE_ALLOWED',
    );
  });
});

describe('the plan an SME sends', () => {
  const line = {
    id: 'crm',
    category: 'consulting',
    description: 'CRM set-up',
    amountCents: 1_000_00,
  };
  const plan = (status: string) => ({
    title: 'Plan',
    projectPeriod: { from: '2027-01-01', to: '2027-12-31' },
    lines: [{ ...line, status }],
  });

  it('may leave an estimate’s or a quote’s invoice date empty, never an invoiced or paid line’s', () => {
    expect(planInputSchema.safeParse(plan('estimate')).success).toBe(true);
    expect(planInputSchema.safeParse(plan('quote')).success).toBe(true);
    for (const status of ['invoice', 'paid']) {
      const result = planInputSchema.safeParse(plan(status));
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ path: ['lines', 0, 'date'], params: { words: 'invoiceDate' } }),
      ]);
    }
  });
});

describe('reviewed totals across engine versions', () => {
  it('are recomputed on reports of 1.2.0 and 1.3.0, whose totals 1.4.0 keeps, and on no older one', () => {
    expect(ENGINE_VERSION).toBe('1.4.0');
    for (const version of ['1.2.0', '1.3.0', '1.4.0']) expect(totalsAsToday(version), version).toBe(true);
    for (const version of ['1.1.0', '1.0.0', '2.0.0']) expect(totalsAsToday(version), version).toBe(false);
  });
});
