import { describe, expect, it } from 'vitest';
import { companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { planSchema } from '../plans/plan-schema';
import { callRulesSchema } from './call-rules-schema';
import { matchCalls, type OpenCall } from './match-calls';

const call = (id: string, rules: unknown, closesAt: string): OpenCall => ({
  id,
  version: 1,
  title: id,
  closesAt,
  timeZone: 'Europe/Rome',
  rules: callRulesSchema.parse(rules),
});

const calls = [
  call('kmo', schemes.kmoPortefeuille2025Rules, '2025-12-31T17:00:00+01:00'),
  call('mit', schemes.mitFeasibilityRules, '2025-09-30T17:00:00+02:00'),
  call('pid', schemes.pidLombardiaRules, '2025-06-30T12:00:00+02:00'),
  call('mise', schemes.miseVoucherRules, '2025-05-31T12:00:00+02:00'),
];

describe('matchCalls', () => {
  const company = companySchema.parse(schemes.milanRestaurant);
  const plan = planSchema.parse(schemes.milanRestaurantPlan);

  it('puts the calls the company can apply to first, by expected grant, and says why the others do not fit', () => {
    const matches = matchCalls({ plan, company, calls, on: '2025-03-01' });
    expect(matches.map((m) => [m.callId, m.canApply, m.expectedGrantCents])).toEqual([
      ['pid', true, 3_050_00],
      // The others cannot be applied to; equal on grant and net cost, so the soonest deadline leads.
      ['mise', false, 0],
      ['mit', false, 0],
      ['kmo', false, 0],
    ]);
    expect(matches[0]?.coverageBp).toBe(7439); // 6,100 of 8,200
    expect(matches.find((m) => m.callId === 'kmo')?.reasons.map((r) => r.code)).toEqual(['REGION']);
    expect(matches.find((m) => m.callId === 'mise')?.reasons.map((r) => r.code)).toEqual([
      'DECLARATION_MISSING',
    ]);
  });

  it('breaks ties on net cost, then on the soonest deadline, whatever the input order', () => {
    const twin = (id: string, closesAt: string) => call(id, schemes.pidLombardiaRules, closesAt);
    const twins = [twin('late', '2025-12-01T12:00:00+01:00'), twin('early', '2025-07-01T12:00:00+02:00')];
    const forward = matchCalls({ plan, company, calls: twins, on: '2025-03-01' }).map((m) => m.callId);
    const backward = matchCalls({ plan, company, calls: [...twins].reverse(), on: '2025-03-01' }).map(
      (m) => m.callId,
    );
    expect(forward).toEqual(['early', 'late']);
    expect(backward).toEqual(forward);
  });
});
