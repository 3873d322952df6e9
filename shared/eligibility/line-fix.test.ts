import { describe, expect, it } from 'vitest';
import { companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type PlanInput, planSchema } from '../plans/plan-schema';
import { callRulesSchema } from './call-rules-schema';
import { lineAfterFix, lineFix } from './line-fix';
import { matchCalls } from './match-calls';
import { type PlanMatch, withLineFixes } from './match-line-fixes';

const ON = '2025-03-01';
const open = (id: string, rules: unknown) => ({
  id,
  version: 1,
  title: id,
  closesAt: '2025-06-30T12:00:00+02:00',
  timeZone: 'Europe/Rome',
  rules: callRulesSchema.parse(rules),
});
const pid = open('pid', schemes.pidLombardiaRules);

/** The Milan restaurant's plan as a new SME types it: no line says which technology it serves. */
const untagged: PlanInput = {
  ...schemes.milanRestaurantPlan,
  lines: schemes.milanRestaurantPlan.lines.map(({ tags: _tags, ...line }) => line),
};
const aided = {
  ...schemes.milanRestaurant,
  deMinimisReceived: [{ grantedOn: '2024-06-01', cents: 300_000_00, regulation: 'EU-2023/2831' }],
};

function matched(company: unknown, plan: PlanInput, calls = [pid]): PlanMatch {
  const input = { plan: planSchema.parse(plan), company: companySchema.parse(company), calls, on: ON };
  const [match] = withLineFixes(matchCalls(input), input);
  if (!match) throw new Error('no match');
  return match;
}

describe('lineAfterFix', () => {
  const line = planSchema.parse(schemes.milanRestaurantPlan).lines[0];
  if (!line) throw new Error('no line');
  const reason = (code: string, params: Record<string, unknown>) => ({ code, message: '', params }) as never;

  it('gives the line the answer the rule needs', () => {
    expect(lineAfterFix(line, reason('TAGS_MISSING', { tags: ['technology:crm'] }))?.tags).toContain(
      'technology:crm',
    );
    expect(
      lineAfterFix(line, reason('SUPPLIER_NOT_ACCREDITED', { list: 'kmo' }))?.supplier.accreditations,
    ).toEqual(['kmo']);
    expect(lineAfterFix(line, reason('INVOICED_AFTER_ALLOWED', { limitDate: '2025-04-01' }))?.date).toBe(
      '2025-04-01',
    );
  });

  it('never moves a planned invoice before the application day, nor into a period already over', () => {
    const window = { fromDate: '2025-01-01', toDate: '2025-12-31' };
    const early = { ...line, date: '2024-11-30' };
    // Applying in March: the invoice moves to the application day, not back to 1 January.
    const inMarch = reason('OUTSIDE_SPEND_WINDOW', { ...window, applicationDate: '2025-03-10' });
    expect(lineAfterFix(early, inMarch)?.date).toBe('2025-03-10');
    expect(lineFix(inMarch, early)?.params).toEqual({ fromDate: '2025-03-10', toDate: '2025-12-31' });
    // Applying in 2026: no invoice issued from then on falls in 2025.
    const late = { ...line, date: '2026-02-01' };
    const over = reason('OUTSIDE_SPEND_WINDOW', { ...window, applicationDate: '2026-01-10' });
    expect(lineAfterFix(late, over)).toBeUndefined();
    expect(lineFix(over, late)).toBeUndefined();
    // A timing rule whose limit has passed is about invoices already issued: no planned date is offered.
    const passed = { limitDate: '2025-03-01', applicationDate: '2025-03-10' };
    expect(lineFix(reason('INVOICED_AFTER_ALLOWED', passed), late)).toBeUndefined();
    expect(lineFix(reason('INVOICED_BEFORE_ALLOWED', passed), early)).toBeUndefined();
    expect(lineAfterFix(early, reason('INVOICED_BEFORE_ALLOWED', passed))).toBeUndefined();
    // A limit still ahead is the day offered.
    const ahead = { limitDate: '2025-03-11', applicationDate: '2025-03-10' };
    expect(lineAfterFix(early, reason('INVOICED_BEFORE_ALLOWED', ahead))?.date).toBe('2025-03-11');
  });

  it('reads only real days as bounds: a window with no start is written “…” in its reason', () => {
    const late = { ...line, date: '2026-01-10' };
    const reasonOut = reason('OUTSIDE_SPEND_WINDOW', { fromDate: '…', toDate: '2025-12-31' });
    expect(lineAfterFix(late, reasonOut)?.date).toBe('2025-12-31');
  });

  it('stands in for no count of units: that is the SME’s to say', () => {
    expect(lineAfterFix(line, reason('UNIT_PRICE_CAP', { context: 'noUnits', unit: 'person-day' }))).toBe(
      undefined,
    );
  });
});

describe('withLineFixes', () => {
  it('gives a call that grants nothing for want of technologies the lines’ fixes, proven to earn a grant', () => {
    const match = matched(schemes.milanRestaurant, untagged);
    expect(match.expectedGrantCents).toBe(0);
    expect(match.lineFixes?.length).toBeGreaterThan(0);
    for (const line of match.lineFixes ?? []) {
      expect(line.fixes.map((f) => [f.reason.code, f.fix.field])).toEqual([['TAGS_MISSING', 'purpose']]);
      expect(line.description).toBe(untagged.lines?.find((l) => l.id === line.lineId)?.description);
    }
  });

  it('leaves a call that grants alone, and gives no fixes when nothing is left to grant', () => {
    expect(matched(schemes.milanRestaurant, schemes.milanRestaurantPlan).lineFixes).toBeUndefined();
    const closed = matched(aided, untagged);
    expect(closed.roomClosed).toBe(true);
    expect(closed.lineFixes).toBeUndefined();
    expect(closed.reasons.map((r) => r.code)).toContain('DE_MINIMIS_CUT');
  });

  it('says the room is closed for a company that cannot apply yet, too', () => {
    const undeclared = { ...aided, declarations: [] };
    const match = matched(undeclared, schemes.milanRestaurantPlan);
    expect(match.canApply).toBe(false);
    expect(match.roomClosed).toBe(true);
  });

  it('says once why a call that refuses aid beyond the headroom grants nothing, even on a €0 plan', () => {
    const refusing = open('refusing', {
      ...schemes.pidLombardiaRules,
      deMinimis: { article: 'Bando PID 2025, art. 3', regulation: 'EU-2023/2831', onExcess: 'refuse' },
    });
    const earning = matched(aided, schemes.milanRestaurantPlan, [refusing]);
    expect(earning.roomClosed).toBe(true);
    expect(earning.reasons.filter((r) => r.code === 'DE_MINIMIS_EXCEEDED')).toHaveLength(1);
    const nothing = matched(aided, untagged, [refusing]);
    expect(nothing.roomClosed).toBe(true);
    expect(nothing.reasons.map((r) => r.code)).toContain('DE_MINIMIS_CUT');
    expect(nothing.lineFixes).toBeUndefined();
  });

  it('gives no fixes when the fixed plan would still earn nothing (a project minimum stays unmet)', () => {
    // Only the €1,000 training line, untagged: tagged, it is still below the €4,000 minimum.
    const small = { ...untagged, lines: untagged.lines?.filter((l) => l.id === 'crm-training') };
    const match = matched(schemes.milanRestaurant, small);
    expect(match.expectedGrantCents).toBe(0);
    expect(match.lineFixes).toBeUndefined();
  });
});
