import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../../../shared/companies/company-schema';
import { callRulesSchema } from '../../../../../shared/eligibility/call-rules-schema';
import { matchCalls } from '../../../../../shared/eligibility/match-calls';
import * as schemes from '../../../../../shared/fixtures/schemes';
import { type PlanInput, planSchema } from '../../../../../shared/plans/plan-schema';
import { nearMissSteps } from './near-miss';

const ON = '2025-03-01';
const open = (id: string, rules: unknown) => ({
  id,
  version: 1,
  title: id,
  closesAt: '2025-06-30T12:00:00+02:00',
  timeZone: 'Europe/Rome',
  rules: callRulesSchema.parse(rules),
});
const calls = [
  open('kmo', schemes.kmoPortefeuille2025Rules),
  open('pid', schemes.pidLombardiaRules),
  open('mise', schemes.miseVoucherRules),
];
const match = (company: unknown, plan: PlanInput, id: string) => {
  const found = matchCalls({
    plan: planSchema.parse(plan),
    company: companySchema.parse(company),
    calls,
    on: ON,
  }).find((m) => m.callId === id);
  if (!found) throw new Error(`no match for ${id}`);
  return found;
};

/** An engine explanation as the match carries it (its English message is not read here). */
const why = (code: string, params: Record<string, string> = {}) => ({ code, message: '', params });

describe('near misses', () => {
  it('are not calls in another country: a restaurant in Milan is not one site away from a Flemish scheme', () => {
    const kmo = match(schemes.milanRestaurant, schemes.milanRestaurantPlan, 'kmo');
    expect(kmo.reasons.map((r) => r.code)).toEqual(['REGION']);
    expect(nearMissSteps(kmo, 'P')).toBeUndefined();
  });

  it('are calls of the company’s own country whose area it may add a site in', () => {
    // The same restaurant seated in Bergamo, outside the PID call's provinces.
    const bergamo = { ...schemes.milanRestaurant, regionCodes: ['IT', 'IT-25', 'ITC4', 'IT-BG'] };
    const pid = match(bergamo, schemes.milanRestaurantPlan, 'pid');
    expect(pid.reasons.map((r) => r.code)).toEqual(['REGION']);
    expect(nearMissSteps(pid, 'P')?.map((s) => s.href)).toEqual(['/company#company-place']);
  });

  it('include a plan whose grant is blocked by a share of spend, with the step the hint gives', () => {
    // Without consulting and training, the PID call's 30–70 % share of them and its minimum are not met.
    const noAdvice: PlanInput = {
      ...schemes.milanRestaurantPlan,
      lines: schemes.milanRestaurantPlan.lines.filter(
        (l) => l.category !== 'consulting' && l.category !== 'training',
      ),
    };
    const pid = match(schemes.milanRestaurant, noAdvice, 'pid');
    expect(pid.canApply).toBe(true);
    expect(pid.expectedGrantCents).toBe(0);
    expect(pid.reasons.map((r) => r.code)).toEqual(['SHARE_RANGE', 'BELOW_PROJECT_MINIMUM']);
    // Both hints ask for more spend (€900 of consulting or training, €1,900 in all): one place to go.
    expect(pid.hints.map((h) => h.code)).toEqual(['SHARE_RANGE_LOW', 'BELOW_PROJECT_MINIMUM']);
    expect(nearMissSteps(pid, 'P')).toEqual([
      { code: 'ADD_SPEND', params: {}, href: '/plans/P/edit?call=pid#add-line' },
    ]);
  });

  it('leave out a plan that more spend would not fund: the de minimis headroom or the yearly ceiling is used up', () => {
    const noAdvice: PlanInput = {
      ...schemes.milanRestaurantPlan,
      lines: schemes.milanRestaurantPlan.lines.filter(
        (l) => l.category !== 'consulting' && l.category !== 'training',
      ),
    };
    // €300,000 of de minimis aid in the last three years: the PID call's grant is cut to €0 whatever the plan.
    const fullyAided = {
      ...schemes.milanRestaurant,
      deMinimisReceived: [{ grantedOn: '2024-06-01', cents: 300_000_00, regulation: 'EU-2023/2831' }],
    };
    const pid = match(fullyAided, noAdvice, 'pid');
    expect(pid.reasons.map((r) => r.code)).toEqual(['SHARE_RANGE', 'BELOW_PROJECT_MINIMUM']);
    expect(pid.hints).toEqual([]);
    expect(nearMissSteps(pid, 'P')).toBeUndefined();
  });

  it('include a call that grants nothing only because lines lack a fact, with a step per line', () => {
    const reason = { code: 'TAGS_MISSING' as const, ruleId: 'r', article: 'a', message: '', params: {} };
    const fix = { code: 'TAGS_MISSING', params: {}, field: 'purpose' } as const;
    const match = {
      callId: 'c',
      canApply: true,
      // The unfixed plan's blocker and hint: the line fixes alone were proven to earn a grant.
      reasons: [why('BELOW_PROJECT_MINIMUM')],
      hints: [why('BELOW_PROJECT_MINIMUM')],
      lineFixes: [{ lineId: 'crm', description: 'CRM set-up', fixes: [{ reason, fix }] }],
    };
    expect(nearMissSteps(match, 'P')).toEqual([
      {
        code: 'TAGS_MISSING',
        params: {},
        href: '/plans/P/edit?call=c#line-crm-purpose',
        line: 'CRM set-up',
        reason,
      },
    ]);
    // Not when the company's room for the call is used up, nor when it cannot apply for want of a step.
    expect(nearMissSteps({ ...match, roomClosed: true }, 'P')).toBeUndefined();
    expect(
      nearMissSteps({ ...match, canApply: false, hints: [], reasons: [why('TOO_YOUNG')] }, 'P'),
    ).toBeUndefined();
  });

  it('leave out a company that would only need a declaration, when its room for the call is used up', () => {
    const refused = { callId: 'c', canApply: false, hints: [], reasons: [why('DECLARATION_MISSING')] };
    expect(nearMissSteps(refused, 'P')).toHaveLength(1);
    expect(nearMissSteps({ ...refused, roomClosed: true }, 'P')).toBeUndefined();
  });

  it('leave out a blocker no step lifts, and a refusal with no step', () => {
    const blocked = { callId: 'c', canApply: true, hints: [] };
    expect(nearMissSteps({ ...blocked, reasons: [why('ABOVE_PROJECT_MAXIMUM')] }, 'P')).toBeUndefined();
    // A share blocker whose hint is missing is no near miss either.
    expect(nearMissSteps({ ...blocked, reasons: [why('SHARE_RANGE')] }, 'P')).toBeUndefined();
    const refused = { callId: 'c', canApply: false, hints: [] };
    expect(
      nearMissSteps({ ...refused, reasons: [why('REGION', { context: 'excluded' })] }, 'P'),
    ).toBeUndefined();
    // Nothing refused and nothing to do is no near miss (a €0 result with no step).
    expect(nearMissSteps({ ...blocked, reasons: [] }, 'P')).toBeUndefined();
  });

  it('give one step for two hints that both ask for more spend', () => {
    const steps = nearMissSteps(
      {
        callId: 'c',
        canApply: true,
        reasons: [why('SHARE_RANGE'), why('BELOW_PROJECT_MINIMUM')],
        hints: [why('SHARE_RANGE_LOW'), why('BELOW_PROJECT_MINIMUM')],
      },
      'P',
    );
    expect(steps).toEqual([{ code: 'ADD_SPEND', params: {}, href: '/plans/P/edit?call=c#add-line' }]);
  });

  it('leave out a share range that no added spend meets', () => {
    const blocked = { callId: 'c', canApply: true, reasons: [why('SHARE_RANGE')] };
    const zero = { code: 'SHARE_RANGE_HIGH', message: '', params: { addCents: 0 } };
    expect(nearMissSteps({ ...blocked, hints: [zero] }, 'P')).toBeUndefined();
  });
});
