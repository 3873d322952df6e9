import { describe, expect, it } from 'vitest';
import { companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type PlanInput, planSchema } from '../plans/plan-schema';
import { callRulesSchema } from './call-rules-schema';
import { evaluate } from './evaluate';
import { refusedLineFixes } from './line-fix';
import { matchCalls } from './match-calls';
import { withLineFixes } from './match-line-fixes';

const ON = '2025-03-01';
const pid = {
  id: 'pid',
  version: 1,
  title: 'PID',
  closesAt: '2025-06-30T12:00:00+02:00',
  timeZone: 'Europe/Rome',
  rules: callRulesSchema.parse(schemes.pidLombardiaRules),
};

/** The Milan restaurant's plan as a new SME types it: no line says which technology it serves. */
const untagged: PlanInput = {
  ...schemes.milanRestaurantPlan,
  lines: schemes.milanRestaurantPlan.lines.map(({ tags: _tags, ...line }) => line),
};

function explained(company: unknown, plan: PlanInput) {
  const parsed = planSchema.parse(plan);
  return {
    plan: parsed,
    report: evaluate({ call: pid, plan: parsed, company: companySchema.parse(company), on: ON }),
  };
}

describe('refusedLineFixes', () => {
  it('gives each line refused for a missing technology the fix of saying which, by its field', () => {
    const { plan, report } = explained(schemes.milanRestaurant, untagged);
    const fixes = refusedLineFixes(report, plan, pid.rules);
    expect(fixes.length).toBeGreaterThan(0);
    for (const line of fixes) {
      expect(line.fixes).toEqual([{ code: 'TAGS_MISSING', params: {}, field: 'purpose' }]);
      expect(line.description).toBe(plan.lines.find((l) => l.id === line.lineId)?.description);
    }
  });

  it('leaves out a line with a refusal nothing changes, and every line when nothing is left to grant', () => {
    const smartphone = {
      ...untagged,
      lines: [
        ...(untagged.lines ?? []),
        {
          id: 'phone',
          category: 'hardware',
          description: 'Owner’s smartphone',
          amountCents: 600_00,
          date: '2025-03-20',
          tags: ['smartphone'],
        },
      ],
    } as PlanInput;
    const { plan, report } = explained(schemes.milanRestaurant, smartphone);
    expect(report.lines.find((l) => l.lineId === 'phone')?.verdict).toBe('ineligible');
    expect(refusedLineFixes(report, plan, pid.rules).map((l) => l.lineId)).not.toContain('phone');

    const aided = {
      ...schemes.milanRestaurant,
      deMinimisReceived: [{ grantedOn: '2024-06-01', cents: 300_000_00, regulation: 'EU-2023/2831' }],
    };
    const closed = explained(aided, untagged);
    expect(refusedLineFixes(closed.report, closed.plan, pid.rules)).toEqual([]);
  });
});

describe('withLineFixes', () => {
  it('adds the line fixes to a call that grants nothing, and leaves a call that grants alone', () => {
    const company = companySchema.parse(schemes.milanRestaurant);
    for (const [plan, expected] of [
      [untagged, true],
      [schemes.milanRestaurantPlan, false],
    ] as const) {
      const input = { plan: planSchema.parse(plan), company, calls: [pid], on: ON };
      const [match] = withLineFixes(matchCalls(input), input);
      expect(match?.lineFixes !== undefined).toBe(expected);
      expect((match?.expectedGrantCents ?? 0) > 0).toBe(!expected);
    }
  });
});
