import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../shared/companies/company-schema';
import { type CallRulesInput, callRulesSchema } from '../../../shared/eligibility/call-rules-schema';
import { evaluate } from '../../../shared/eligibility/evaluate';
import * as schemes from '../../../shared/fixtures/schemes';
import { lineQuestions } from '../../../shared/plans/line-questions';
import { type PlanInput, planSchema } from '../../../shared/plans/plan-schema';
import { applicantNextStep, lineNextStep, lineNextSteps } from './next-steps';

function report(rules: CallRulesInput, company: unknown, plan: PlanInput, on: string) {
  const parsed = planSchema.parse(plan);
  const result = evaluate({
    call: { id: 'call', version: 1, rules: callRulesSchema.parse(rules) },
    company: companySchema.parse(company),
    plan: parsed,
    on,
  });
  return { result, plan: parsed };
}

/** Follows a step the way a person would: changes the one field it links to. */
function follow(plan: PlanInput, lineId: string, href: string, limitDate?: string): PlanInput {
  const field = href.slice(href.indexOf(`#line-${lineId}-`) + `#line-${lineId}-`.length);
  return {
    ...plan,
    lines: plan.lines.map((line) => {
      if (line.id !== lineId) return line;
      if (field === 'purpose') return { ...line, tags: [...(line.tags ?? []), 'technology:cloud'] };
      if (field.startsWith('registered-'))
        return { ...line, supplier: { name: line.supplier?.name ?? '', accreditations: [field.slice(11)] } };
      if (field === 'recurring-one-off') return { ...line, recurring: undefined };
      if (field === 'linked') return { ...line, supplier: { ...line.supplier, linked: false } };
      if (field === 'service-start') return { ...line, serviceStartsOn: limitDate };
      if (field === 'date' && limitDate) return { ...line, date: limitDate };
      return line;
    }),
  };
}

const invoicedPos: PlanInput = {
  ...schemes.paduaRetailerPlan,
  lines: schemes.paduaRetailerPlan.lines.map((l) => (l.id === 'l7' ? { ...l, status: 'invoice' } : l)),
};

describe('next steps', () => {
  it('every line refusal with a step in the worked examples becomes eligible once the step is followed', () => {
    const cases = [
      [schemes.pidLombardiaRules, schemes.milanRestaurant, schemes.milanRestaurantPlan, '2025-03-01'],
      [schemes.kmoPortefeuille2025Rules, schemes.gentPrinter, schemes.gentPrinterPlan, '2025-03-14'],
      // The POS terminal was bought on 1 March: invoiced, so its date cannot move.
      [schemes.miseVoucherRules, schemes.paduaRetailer, invoicedPos, '2018-03-20'],
    ] as const;
    const followed: string[] = [];
    for (const [rules, company, plan, on] of cases) {
      const { result, plan: parsed } = report(rules, company, plan, on);
      for (const line of result.lines.filter((l) => l.verdict === 'ineligible')) {
        const spend = parsed.lines.find((l) => l.id === line.lineId);
        for (const reason of line.reasons) {
          const step = lineNextStep(reason, spend, 'P', 'C');
          if (!step) continue;
          const after = report(rules, company, follow(plan, line.lineId, step.href), on).result;
          expect(after.lines.find((l) => l.lineId === line.lineId)?.verdict, line.lineId).not.toBe(
            'ineligible',
          );
          followed.push(line.lineId);
        }
      }
    }
    expect(followed).toEqual(['website', 'unregistered']);
  });

  it('links a related supplier to the tick the rule reads, and unticking it makes the line count again', () => {
    const base = report(
      schemes.pidLombardiaRules,
      schemes.milanRestaurant,
      schemes.milanRestaurantPlan,
      '2025-03-01',
    );
    const counted = base.result.lines.find((l) => l.verdict === 'eligible');
    if (!counted) throw new Error('the worked example has an eligible line');
    const related: PlanInput = {
      ...schemes.milanRestaurantPlan,
      lines: schemes.milanRestaurantPlan.lines.map((l) =>
        l.id === counted.lineId ? { ...l, supplier: { name: 'Cugino Srl', ...l.supplier, linked: true } } : l,
      ),
    };
    const { result, plan } = report(
      schemes.pidLombardiaRules,
      schemes.milanRestaurant,
      related,
      '2025-03-01',
    );
    const refused = result.lines.find((l) => l.lineId === counted.lineId);
    expect(refused?.verdict).toBe('ineligible');
    const reason = refused?.reasons.find((r) => r.code === 'LINKED_SUPPLIER');
    const step = lineNextStep(
      reason as never,
      plan.lines.find((l) => l.id === counted.lineId),
      'P',
      'C',
    );
    expect(step?.href).toBe(`/plans/P/edit?call=C#line-${counted.lineId}-linked`);
    const after = report(
      schemes.pidLombardiaRules,
      schemes.milanRestaurant,
      follow(related, counted.lineId, step?.href ?? ''),
      '2025-03-01',
    ).result;
    expect(after.lines.find((l) => l.lineId === counted.lineId)?.verdict).toBe('eligible');
  });

  it('moves a planned start or invoice to the day a timing rule allows, and leaves an invoiced one', () => {
    const on = '2025-03-01';
    const rules = {
      ...schemes.pidLombardiaRules,
      applicationTiming: [
        { id: 'not-started', article: 'Art. 9(1)', date: 'start' as const, fromDay: 0 },
        { id: 'costs-after', article: 'Art. 9(2)', date: 'invoice' as const, fromDay: 1 },
      ],
    };
    const base = report(rules, schemes.milanRestaurant, schemes.milanRestaurantPlan, on);
    const timed = base.result.lines.filter((l) =>
      l.reasons.some((r) => r.code === 'STARTED_BEFORE_ALLOWED' || r.code === 'INVOICED_BEFORE_ALLOWED'),
    );
    expect(timed.length).toBeGreaterThan(0);
    for (const line of timed) {
      let plan: PlanInput = schemes.milanRestaurantPlan;
      for (const code of ['STARTED_BEFORE_ALLOWED', 'INVOICED_BEFORE_ALLOWED']) {
        const current = report(rules, schemes.milanRestaurant, plan, on);
        const reason = current.result.lines
          .find((l) => l.lineId === line.lineId)
          ?.reasons.find((r) => r.code === code);
        if (!reason) continue;
        const spend = current.plan.lines.find((l) => l.id === line.lineId);
        const step = lineNextStep(reason, spend, 'P', 'C');
        expect(step?.href, `${line.lineId} ${code}`).toBe(
          `/plans/P/edit?call=C#line-${line.lineId}-${code === 'STARTED_BEFORE_ALLOWED' ? 'service-start' : 'date'}`,
        );
        // The start from the application day; the invoice from the day after.
        expect(step?.params.limitDate).toBe(code === 'STARTED_BEFORE_ALLOWED' ? on : '2025-03-02');
        if (spend) expect(lineNextStep(reason, { ...spend, status: 'paid' }, 'P', 'C')).toBeUndefined();
        plan = follow(plan, line.lineId, step?.href ?? '', String(step?.params.limitDate));
      }
      const after = report(rules, schemes.milanRestaurant, plan, on).result.lines.find(
        (l) => l.lineId === line.lineId,
      );
      expect(
        after?.reasons.filter((r) => r.code.endsWith('_ALLOWED')).map((r) => r.code),
        line.lineId,
      ).toEqual([]);
    }
  });

  it('moves a planned start or invoice back to the last day a timing rule allows', () => {
    const on = '2025-03-01';
    const rules = {
      ...schemes.pidLombardiaRules,
      applicationTiming: [
        { id: 'start-soon', article: 'Art. 9(3)', date: 'start' as const, toDay: 30 },
        { id: 'invoice-soon', article: 'Art. 9(4)', date: 'invoice' as const, toDay: 60 },
      ],
    };
    // Every line planned late: work starting and invoiced on 30 June.
    let plan: PlanInput = {
      ...schemes.milanRestaurantPlan,
      lines: schemes.milanRestaurantPlan.lines.map((l) => ({ ...l, date: '2025-06-30' })),
    };
    const [first] = plan.lines;
    if (!first) throw new Error('the worked example has lines');
    for (const [code, field, limit] of [
      ['STARTS_AFTER_ALLOWED', 'service-start', '2025-03-31'],
      ['INVOICED_AFTER_ALLOWED', 'date', '2025-04-30'],
    ] as const) {
      const current = report(rules, schemes.milanRestaurant, plan, on);
      const reason = current.result.lines
        .find((l) => l.lineId === first.id)
        ?.reasons.find((r) => r.code === code);
      const spend = current.plan.lines.find((l) => l.id === first.id);
      const step = lineNextStep(reason as never, spend, 'P', 'C');
      expect(step, code).toMatchObject({
        params: { limitDate: limit },
        href: `/plans/P/edit?call=C#line-${first.id}-${field}`,
      });
      plan = follow(plan, first.id, step?.href ?? '', limit);
    }
    const after = report(rules, schemes.milanRestaurant, plan, on).result.lines.find(
      (l) => l.lineId === first.id,
    );
    expect(after?.reasons.filter((r) => r.code.endsWith('_ALLOWED'))).toEqual([]);
  });

  it('offers no step whose field the editor does not show: a related supplier on a kind the call does not fund', () => {
    const rules = callRulesSchema.parse(schemes.pidLombardiaRules);
    const [first] = schemes.milanRestaurantPlan.lines;
    if (!first) throw new Error('the worked example has lines');
    const plan: PlanInput = {
      ...schemes.milanRestaurantPlan,
      lines: [
        { ...first, id: 'funded', category: 'hardware', supplier: { name: 'Cugino Srl', linked: true } },
        { ...first, id: 'unfunded', category: 'catering', supplier: { name: 'Cugino Srl', linked: true } },
      ],
    };
    const { result, plan: parsed } = report(rules, schemes.milanRestaurant, plan, '2025-03-01');
    const stepOf = (lineId: string) => {
      const reason = result.lines.find((l) => l.lineId === lineId)?.reasons[0];
      const line = parsed.lines.find((l) => l.id === lineId);
      expect(reason?.code).toBe('LINKED_SUPPLIER');
      return lineNextStep(reason as never, line, 'P', 'C', lineQuestions([rules], line?.category ?? 'other'));
    };
    expect(stepOf('funded')?.href).toBe('/plans/P/edit?call=C#line-funded-linked');
    // The call funds no catering: unticking would only meet "not an eligible category".
    expect(stepOf('unfunded')).toBeUndefined();
  });

  it('offers a refused line no step while another of its refusals has none', () => {
    // KMO 2025, evaluated in January 2026: a line not invoiced yet, from a provider not on the list.
    const first = schemes.gentPrinterPlan.lines[0];
    if (!first) throw new Error('the worked example has lines');
    const { date: _, serviceStartsOn: __, ...undatedLine } = first;
    const plan = {
      ...schemes.gentPrinterPlan,
      lines: [{ ...undatedLine, supplier: { name: 'Adviesbureau Zuid', accreditations: [] } }],
    };
    const { result, plan: parsed } = report(
      schemes.kmoPortefeuille2025Rules,
      schemes.gentPrinter,
      plan,
      '2026-01-10',
    );
    const [line] = result.lines;
    expect(line?.reasons.map((r) => r.code).sort()).toEqual([
      'NO_INVOICE_DATE_FITS',
      'SUPPLIER_NOT_ACCREDITED',
    ]);
    if (!line) throw new Error('no line');
    // Registering the provider alone has a step, but would not make the line count.
    expect(
      lineNextStep(
        line.reasons.find((r) => r.code === 'SUPPLIER_NOT_ACCREDITED') as never,
        parsed.lines[0],
        'P',
        'C',
      ),
    ).toBeDefined();
    expect(lineNextSteps(line, parsed.lines[0], 'P', 'C')).toEqual([]);
    // In January 2025 the same line is only unregistered: its one step is offered.
    const inTime = report(schemes.kmoPortefeuille2025Rules, schemes.gentPrinter, plan, '2025-01-10');
    const [refused] = inTime.result.lines;
    if (!refused) throw new Error('no line');
    expect(lineNextSteps(refused, inTime.plan.lines[0], 'P', 'C').map((s) => s.step.code)).toEqual([
      'SUPPLIER_NOT_ACCREDITED',
    ]);
  });

  it('keeps a refused line’s step beside notes that refuse nothing', () => {
    // KMO 2025's catering without its number of person-days: undated, then dated with VAT.
    const catering = schemes.gentPrinterPlan.lines.find((l) => l.id === 'catering');
    if (!catering) throw new Error('the worked example has a catering line');
    const { units: _, date: __, serviceStartsOn: ___, ...unsized } = catering;
    for (const line of [unsized, { ...unsized, date: catering.date, vatCents: 63_00 }]) {
      const plan = { ...schemes.gentPrinterPlan, lines: [line] };
      const { result, plan: parsed } = report(
        schemes.kmoPortefeuille2025Rules,
        schemes.gentPrinter,
        plan,
        '2025-03-14',
      );
      const [refused] = result.lines;
      if (!refused) throw new Error('no line');
      expect(refused.verdict).toBe('ineligible');
      expect(refused.reasons.length).toBeGreaterThan(1);
      expect(lineNextSteps(refused, parsed.lines[0], 'P', 'C').map((s) => s.step.code)).toEqual([
        'UNIT_PRICE_CAP',
      ]);
    }
  });

  it('has no step for what nothing honest changes, and links applicant refusals to the company page', () => {
    const { result, plan } = report(
      schemes.miseVoucherRules,
      schemes.paduaRetailer,
      schemes.paduaRetailerPlan,
      '2018-03-20',
    );
    const pos = result.lines.find((l) => l.lineId === 'l7');
    const invoiced = {
      ...(plan.lines.find((l) => l.id === 'l7') as (typeof plan.lines)[0]),
      status: 'invoice' as const,
    };
    expect(lineNextStep(pos?.reasons[0] as never, invoiced, 'P', 'C')).toBeUndefined();
    // What an issued invoice settles has no step on it; planned, the same refusal has one.
    const why = (code: string) => ({ code, message: '', params: { minCents: 500_00 } }) as never;
    for (const code of ['RECURRING_NOT_ELIGIBLE', 'LINKED_SUPPLIER', 'USED_GOODS', 'BELOW_LINE_MINIMUM']) {
      expect(lineNextStep(why(code), invoiced, 'P', 'C'), code).toBeUndefined();
      expect(lineNextStep(why(code), { ...invoiced, status: 'quote' }, 'P', 'C'), code).toBeDefined();
    }
    expect(lineNextStep(why('UNTRACEABLE_PAYMENT'), invoiced, 'P', 'C')).toBeDefined();
    expect(
      lineNextStep(why('UNTRACEABLE_PAYMENT'), { ...invoiced, status: 'paid' }, 'P', 'C'),
    ).toBeUndefined();
    expect(lineNextStep(why('TAGS_MISSING'), { ...invoiced, status: 'paid' }, 'P', 'C')).toBeDefined();
    // An invoiced provider is not chosen again: only its registration, if it was wrongly left out, can be told.
    const unregistered = { code: 'SUPPLIER_NOT_ACCREDITED', message: '', params: { list: 'kmo' } } as never;
    expect(lineNextStep(unregistered, invoiced, 'P', 'C')).toMatchObject({
      code: 'SUPPLIER_REGISTERED',
      href: '/plans/P/edit?call=C#line-l7-registered-kmo',
    });
    expect(lineNextStep(unregistered, { ...invoiced, status: 'quote' }, 'P', 'C')?.code).toBe(
      'SUPPLIER_NOT_ACCREDITED',
    );
    expect(lineNextStep(pos?.reasons[0] as never, { ...invoiced, status: 'estimate' }, 'P', 'C')?.href).toBe(
      '/plans/P/edit?call=C#line-l7-date',
    );
    const { result: noDeclaration } = report(
      schemes.miseVoucherRules,
      { ...schemes.paduaRetailer, declarations: [] },
      schemes.paduaRetailerPlan,
      '2018-03-20',
    );
    expect(applicantNextStep(noDeclaration.applicant.reasons[0] as never)).toEqual({
      code: 'DECLARATION_MISSING',
      params: { declaration: 'not-in-liquidation' },
      href: '/company#company-declaration-not-in-liquidation',
    });
  });
});
