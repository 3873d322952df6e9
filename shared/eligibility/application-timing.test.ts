/**
 * Windows relative to the application date, each line judged on its own dates.
 *
 * KMO-portefeuille (VLAIO, https://www.vlaio.be/nl/subsidies-financiering/kmo-portefeuille; BVR 26/02/2016,
 * art. 9): the application is made between the agreement with the provider and 14 calendar days after the
 * service starts. MIT feasibility projects (RVO, https://www.rvo.nl/subsidies-financiering/mit): the
 * project must not have started before the application. Italian chamber vouchers admit costs "sostenute
 * dal giorno successivo alla presentazione della domanda" (e.g. the Voucher Digitali I4.0 calls of the
 * Punto Impresa Digitale network, https://www.puntoimpresadigitale.camcom.it).
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
const line = (report: ReturnType<typeof run>, id: string) => report.lines.find((l) => l.lineId === id);

describe('KMO-portefeuille: apply within 14 calendar days of the service start', () => {
  // ERP advice starts 5 March 2025; 19 March is exactly 14 days later.
  const kmo = (on: string, rules: CallRulesInput = schemes.kmoPortefeuille2025Rules) =>
    run(rules, schemes.gentPrinter, schemes.gentPrinterPlan, on);

  it('a line started exactly 14 days before the application still counts; 15 days before does not', () => {
    expect(line(kmo('2025-03-19'), 'erp-advice')?.verdict).toBe('eligible');
    expect(line(kmo('2025-03-20'), 'erp-advice')?.reasons[0]).toMatchObject({
      code: 'APPLIED_TOO_LATE',
      params: { days: 14, serviceStartDate: '2025-03-05' },
    });
  });

  it('the same rule as a timing from −14 days judges each line on its own start date', () => {
    const { applyWithinDaysOfServiceStart: _, ...rest } = schemes.kmoPortefeuille2025Rules;
    const rules: CallRulesInput = {
      ...rest,
      applicationTiming: [
        { id: 'within-14-days', article: 'BVR 26/02/2016, art. 9', date: 'start', fromDay: -14 },
      ],
    };
    expect(line(kmo('2025-03-19', rules), 'erp-advice')?.verdict).toBe('eligible');
    const late = kmo('2025-03-25', rules);
    // erp-advice started on 5 March (20 days before), powerbi on 10 March (15), cyber-training on 12 March (13).
    expect(line(late, 'erp-advice')?.reasons).toEqual([
      {
        code: 'STARTED_BEFORE_ALLOWED',
        ruleId: 'applicationTiming.within-14-days',
        article: 'BVR 26/02/2016, art. 9',
        message:
          'Starts on 2025-03-05: applying on 2025-03-25, only work starting on or after 2025-03-11 counts.',
        params: { lineDate: '2025-03-05', applicationDate: '2025-03-25', limitDate: '2025-03-11' },
      },
    ]);
    expect(line(late, 'powerbi')?.verdict).toBe('ineligible');
    expect(line(late, 'cyber-training')?.verdict).toBe('eligible');
  });
});

describe('MIT feasibility: the project must not have started before the application', () => {
  const plan = (date: string): PlanInput => ({
    ...schemes.utrechtStartupPlan,
    lines: [
      ...schemes.utrechtStartupPlan.lines,
      {
        id: 'interviews',
        category: 'feasibility-study',
        description: 'Customer interviews',
        supplier: { name: 'Bureau' },
        amountCents: 5_000_00,
        date,
      },
    ],
  });

  it('a line starting on the application day counts; one that started the day before is refused', () => {
    const sameDay = run(
      schemes.mitFeasibilityRules,
      schemes.utrechtStartup,
      plan('2026-01-05'),
      '2026-01-05',
    );
    expect(line(sameDay, 'interviews')?.verdict).toBe('eligible');
    const dayBefore = run(
      schemes.mitFeasibilityRules,
      schemes.utrechtStartup,
      plan('2026-01-04'),
      '2026-01-05',
    );
    expect(line(dayBefore, 'interviews')?.reasons[0]).toMatchObject({
      code: 'STARTED_BEFORE_ALLOWED',
      ruleId: 'applicationTiming.not-started',
      params: { lineDate: '2026-01-04', limitDate: '2026-01-05' },
    });
    // The study itself (1 February) still counts: €16,000, as in the worked example.
    expect(dayBefore.totals.grantCents).toBe(16_000_00);
  });

  it('a service start date, when given, is the start that counts, not the invoice date', () => {
    const p = plan('2026-02-01');
    const started = {
      ...p,
      lines: p.lines.map((l) => (l.id === 'interviews' ? { ...l, serviceStartsOn: '2025-12-15' } : l)),
    };
    const report = run(schemes.mitFeasibilityRules, schemes.utrechtStartup, started, '2026-01-05');
    expect(line(report, 'interviews')?.reasons[0]?.code).toBe('STARTED_BEFORE_ALLOWED');
  });
});

describe('costs from the day after the application (invoice from day 1)', () => {
  const rules: CallRulesInput = {
    ...schemes.pidLombardiaRules,
    applicationTiming: [
      { id: 'costs-after-application', article: 'Bando, art. 6(2)', date: 'invoice', fromDay: 1 },
      { id: 'within-a-year', article: 'Bando, art. 6(3)', date: 'invoice', toDay: 365 },
    ],
  };

  it('an invoice dated the application day is refused, the next day counts, and so does day 365 but not day 366', () => {
    const on = '2025-03-15'; // crm-consulting is invoiced 15 March; crm-licence 1 March
    const report = run(rules, schemes.milanRestaurant, schemes.milanRestaurantPlan, on);
    expect(line(report, 'crm-consulting')?.reasons[0]).toMatchObject({
      code: 'INVOICED_BEFORE_ALLOWED',
      params: { lineDate: '2025-03-15', applicationDate: on, limitDate: '2025-03-16' },
    });
    expect(line(report, 'crm-training')?.verdict).toBe('eligible'); // 10 April
    const dayAfter = run(rules, schemes.milanRestaurant, schemes.milanRestaurantPlan, '2025-03-14');
    expect(line(dayAfter, 'crm-consulting')?.verdict).toBe('eligible');
    // 15 March 2025 is day 365 after 15 March 2024, and day 366 after 14 March 2024.
    const yearLater = run(rules, schemes.milanRestaurant, schemes.milanRestaurantPlan, '2024-03-15');
    expect(line(yearLater, 'crm-consulting')?.verdict).toBe('eligible');
    const tooLate = run(rules, schemes.milanRestaurant, schemes.milanRestaurantPlan, '2024-03-14');
    expect(line(tooLate, 'crm-consulting')?.reasons[0]).toMatchObject({
      code: 'INVOICED_AFTER_ALLOWED',
      params: { lineDate: '2025-03-15', limitDate: '2025-03-14' },
    });
  });

  it('refuses a timing with neither bound, or with its bounds the wrong way round', () => {
    const bad = (timing: object) =>
      callRulesSchema.safeParse({ ...schemes.pidLombardiaRules, applicationTiming: [timing] }).success;
    expect(bad({ id: 't', article: 'a', date: 'start' })).toBe(false);
    expect(bad({ id: 't', article: 'a', date: 'start', fromDay: 5, toDay: 4 })).toBe(false);
    expect(bad({ id: 't', article: 'a', date: 'start', fromDay: 4, toDay: 4 })).toBe(true);
  });
});
