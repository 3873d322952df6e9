import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../../../shared/plans/plan-schema';
import { parsePlan } from './parse-plan';
import { completeDraft, emptyPlan, newLine, toFormValues } from './plan-form-values';

const stored = planSchema.parse({
  id: 'p1',
  companyId: 'sme-1',
  title: 'Online shop',
  projectPeriod: { from: '2026-01-01', to: '2026-12-31' },
  lines: [
    {
      id: 'licence',
      category: 'saas-cloud',
      description: 'Shop licence',
      supplier: { name: 'Cloud', accreditations: ['kmo-portefeuille'] },
      amountCents: 1_200_00,
      vatCents: 264_00,
      date: '2026-02-01',
      tags: ['technology:cloud'],
    },
  ],
});

describe('plan form values', () => {
  it('keep what the form does not show on existing lines, and parse euros to cents', () => {
    const values = toFormValues(stored);
    values.lines[0] = { ...values.lines[0], amount: '1.500,00' } as (typeof values.lines)[0];
    const parsed = parsePlan(values, stored);
    expect(parsed.plan?.lines[0]).toMatchObject({
      amountCents: 1_500_00,
      vatCents: 264_00,
      tags: ['technology:cloud'],
      supplier: { name: 'Cloud', accreditations: ['kmo-portefeuille'] },
    });
  });

  it('name each wrong field by its schema path, line by line', () => {
    const parsed = parsePlan(
      { ...emptyPlan, title: 'x', from: '2026-05-01', to: '2026-01-01', lines: [newLine('a'), newLine('a')] },
      undefined,
    );
    expect(Object.keys(parsed.errors ?? {})).toEqual(
      expect.arrayContaining(['projectPeriod.to', 'lines.0.amountCents', 'lines.1.description']),
    );
  });

  it('ask other aid on a line as a kind, received or applied for, and an amount or a share', () => {
    const withAid = planSchema.parse({
      ...stored,
      lines: [
        {
          ...stored.lines[0],
          otherAid: [
            { kind: 'gber', status: 'received', cents: 300_00, grantingBody: 'Regione Lombardia' },
            { kind: 'de-minimis', intensityBp: 1000 },
          ],
        },
      ],
    });
    const values = toFormValues(withAid);
    const [line] = values.lines;
    if (!line) throw new Error('no line');
    expect(line).toMatchObject({
      otherAid: true,
      aidKind: 'gber',
      aidAmount: '300.00',
      aidBody: 'Regione Lombardia',
    });
    // Unchanged, the line keeps both aids (the form shows the first; the second is kept as it was).
    expect(parsePlan(values, withAid).plan?.lines[0]?.otherAid).toEqual(withAid.lines[0]?.otherAid);
    // A share instead of an amount, typed the Italian way.
    const asShare = {
      ...line,
      aidKind: 'other-state-aid',
      aidStatus: 'requested',
      aidAmount: '',
      aidShare: '12,5',
    };
    expect(parsePlan({ ...values, lines: [asShare] }, withAid).plan?.lines[0]?.otherAid?.[0]).toEqual({
      kind: 'other-state-aid',
      status: 'requested',
      intensityBp: 1250,
      grantingBody: 'Regione Lombardia',
    });
    // Both, or neither: the schema's own rule, named at the amount.
    const both = parsePlan({ ...values, lines: [{ ...line, aidShare: '10' }] }, withAid);
    expect(Object.keys(both.errors ?? {})).toEqual(['lines.0.otherAid.0.cents']);
    // "No other aid" takes them all away.
    expect(
      parsePlan({ ...values, lines: [{ ...line, otherAid: false }] }, withAid).plan?.lines[0]?.otherAid,
    ).toBe(undefined);
  });

  it('read a share of the cost exactly, or refuse it: never a guess', () => {
    const base = toFormValues(stored);
    const [line] = base.lines;
    if (!line) throw new Error('no line');
    const share = (text: string) =>
      parsePlan({ ...base, lines: [{ ...line, otherAid: true, aidShare: text, aidAmount: '' }] }, stored);
    expect(share('40').plan?.lines[0]?.otherAid?.[0]?.intensityBp).toBe(4000);
    expect(share('12,5 %').plan?.lines[0]?.otherAid?.[0]?.intensityBp).toBe(1250);
    expect(share('0.29').plan?.lines[0]?.otherAid?.[0]?.intensityBp).toBe(29);
    for (const wrong of ['12.345', '1e1', '0x10', '-5', '101']) {
      expect(Object.keys(share(wrong).errors ?? {}), wrong).toEqual(['lines.0.otherAid.0.intensityBp']);
    }
  });

  it('complete a draft kept before a field existed, keeping the stored aid of a line it never touched', () => {
    const withAid = planSchema.parse({
      ...stored,
      lines: [{ ...stored.lines[0], otherAid: [{ kind: 'gber', cents: 300_00 }] }],
    });
    // A line as an older form kept it: no other-aid fields at all.
    const old = toFormValues(withAid);
    const [line] = old.lines;
    if (!line) throw new Error('no line');
    const { otherAid, aidKind, aidStatus, aidAmount, aidShare, aidBody, ...olderLine } = line;
    const kept = { ...old, lines: [olderLine as typeof line] };
    const completed = completeDraft(kept, withAid);
    expect(completed.lines[0]).toMatchObject({ otherAid: true, aidKind: 'gber', aidAmount: '300.00' });
    expect(parsePlan(completed, withAid).plan?.lines[0]?.otherAid).toEqual(withAid.lines[0]?.otherAid);
    // A line the draft added (not stored) gets a new line's defaults.
    const added = { ...olderLine, id: 'new-line' } as typeof line;
    expect(completeDraft({ ...old, lines: [added] }, withAid).lines[0]).toMatchObject({ otherAid: false });
  });
});
