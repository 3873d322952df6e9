/**
 * Share ranges, on the Lombardy chambers' Voucher Digitali I4.0 (Punto Impresa Digitale,
 * https://www.puntoimpresadigitale.camcom.it; Bando PID 2025, art. 5(2)): consulting + training must be
 * 30–70 % of eligible spend, eligible spend counts up to €20,000 (art. 7). Some calls word a share as a cap
 * instead ("goods and software count up to 70 % of eligible spend"): the excess is not eligible, the plan
 * is not refused.
 */
import { describe, expect, it } from 'vitest';
import { companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { type PlanInput, planSchema } from '../plans/plan-schema';
import { type CallRulesInput, callRulesSchema } from './call-rules-schema';
import { evaluate } from './evaluate';

const ON = '2025-03-01';
function run(rules: CallRulesInput, plan: PlanInput) {
  return evaluate({
    call: { id: 'pid', version: 1, rules: callRulesSchema.parse(rules) },
    company: companySchema.parse(schemes.milanRestaurant),
    plan: planSchema.parse(plan),
    on: ON,
  });
}

type LineInput = PlanInput['lines'][number];
const crm = (id: string, category: LineInput['category'], amountCents: number): LineInput => ({
  id,
  category,
  description: id,
  supplier: { name: 'Digitale Srl' },
  amountCents,
  date: '2025-03-15',
  tags: ['technology:crm'],
});
const planOf = (...lines: LineInput[]): PlanInput => ({ ...schemes.milanRestaurantPlan, lines });

describe('a share-range hint states an amount that truly fixes the share', () => {
  // €25,000 of consulting and €5,000 of goods: €30,000 is cut to the €20,000 maximum in proportion,
  // so consulting stays 83.3 % whatever the cut.
  const tooMuchConsulting = planOf(
    crm('consulting', 'consulting', 25_000_00),
    crm('goods', 'hardware', 5_000_00),
  );

  it('counts on the spend before the maximum-eligible cut: add €5,714.29 of other spend, not €3,809.53', () => {
    const report = run(schemes.pidLombardiaRules, tooMuchConsulting);
    expect(report.blockers.map((b) => b.code)).toEqual(['SHARE_RANGE']);
    // 25,000 ≤ 70 % of (30,000 + x)  ⇔  x ≥ 5,714.29; computed after the cut it would read 3,809.53.
    expect(report.hints.find((h) => h.code === 'SHARE_RANGE_HIGH')?.amountCents).toBe(5_714_29);
  });

  it('following the hint makes the plan pass; the amount the old hint gave still fails', () => {
    const follow = (cents: number) =>
      run(schemes.pidLombardiaRules, {
        ...tooMuchConsulting,
        lines: [...tooMuchConsulting.lines, crm('more-goods', 'hardware', cents)],
      });
    const fixed = follow(5_714_29);
    expect(fixed.blockers).toEqual([]);
    expect(fixed.fundable).toBe(true);
    expect(fixed.totals.grantCents).toBe(10_000_00);
    expect(follow(3_809_53).blockers.map((b) => b.code)).toEqual(['SHARE_RANGE']);
    // (A cent less may pass too, by the rounding of the cut: the hint is an amount that suffices.)
  });

  it('too little consulting + training: adding the hinted amount of training makes the plan pass', () => {
    const fewConsulting = planOf(
      crm('consulting', 'consulting', 2_000_00),
      crm('goods', 'hardware', 28_000_00),
    );
    const report = run(schemes.pidLombardiaRules, fewConsulting);
    const hint = report.hints.find((h) => h.code === 'SHARE_RANGE_LOW');
    // 2,000 + x ≥ 30 % of (30,000 + x)  ⇔  x ≥ 10,000.
    expect(hint?.amountCents).toBe(10_000_00);
    const fixed = run(schemes.pidLombardiaRules, {
      ...fewConsulting,
      lines: [...fewConsulting.lines, crm('training', 'training', hint?.amountCents ?? 0)],
    });
    expect(fixed.blockers).toEqual([]);
  });
});

describe('a share range that caps instead of refusing', () => {
  // Illustrative wording ("goods and software count up to 70 % of eligible spend") on PID's real rules:
  // none of the four public calls encoded here words a share as a cap, so the article is a placeholder.
  const goodsAtMost70: CallRulesInput = {
    ...schemes.pidLombardiaRules,
    shareRanges: [
      ...(schemes.pidLombardiaRules.shareRanges ?? []),
      {
        id: 'goods-share',
        article: 'Bando, art. 5(3)',
        label: { en: 'Goods and software', it: 'Beni e software' },
        categories: ['goods-software'],
        maxBp: 7000,
        onOutside: 'cap',
      },
    ],
  };

  it('cuts goods to exactly 70 % of eligible spend and still grants, citing the rule', () => {
    const report = run(
      goodsAtMost70,
      planOf(crm('consulting', 'consulting', 3_000_00), crm('goods', 'hardware', 9_000_00)),
    );
    // goods ≤ 70 % × (goods + 3,000) ⇔ goods ≤ 7,000: consulting is then exactly 30 %, the bottom of its range.
    expect(report.lines.map((l) => [l.lineId, l.verdict, l.eligibleCents])).toEqual([
      ['consulting', 'eligible', 3_000_00],
      ['goods', 'partly', 7_000_00],
    ]);
    expect(report.fundable).toBe(true);
    expect(report.totals.grantCents).toBe(5_000_00);
    expect(report.limits).toEqual([
      expect.objectContaining({
        code: 'SHARE_RANGE_CAP',
        ruleId: 'shareRanges.goods-share',
        article: 'Bando, art. 5(3)',
        params: expect.objectContaining({ actualBp: 7500, maxBp: 7000, overCents: 2_000_00 }),
      }),
    ]);
  });

  it('exactly at the share it cuts nothing', () => {
    const report = run(
      goodsAtMost70,
      planOf(crm('consulting', 'consulting', 3_000_00), crm('goods', 'hardware', 7_000_00)),
    );
    expect(report.limits).toEqual([]);
    expect(report.totals.eligibleCents).toBe(10_000_00);
  });

  it('a cut that does not fall on a whole cent rounds down: the share is never passed', () => {
    // goods ≤ 70/30 × 3,000.01 = 7,000.0233…: €7,000.02 counts, not €7,000.03.
    const report = run(
      goodsAtMost70,
      planOf(crm('consulting', 'consulting', 3_000_01), crm('goods', 'hardware', 9_000_00)),
    );
    expect(report.lines.find((l) => l.lineId === 'goods')?.eligibleCents).toBe(7_000_02);
  });

  it('a plan refused by another rule still lists the cut that shaped its eligible spend, and no limit on the grant', () => {
    const report = run(
      { ...goodsAtMost70, totals: { ...goodsAtMost70.totals, minProjectCents: 50_000_00 } },
      planOf(crm('consulting', 'consulting', 3_000_00), crm('goods', 'hardware', 9_000_00)),
    );
    expect(report.fundable).toBe(false);
    expect(report.blockers.map((b) => b.code)).toEqual(['BELOW_PROJECT_MINIMUM']);
    expect(report.limits.map((l) => l.code)).toEqual(['SHARE_RANGE_CAP']);
  });

  it('one cent over the share, the cent is cut and the cut is cited', () => {
    const report = run(
      goodsAtMost70,
      planOf(crm('consulting', 'consulting', 3_000_00), crm('goods', 'hardware', 7_000_01)),
    );
    expect(report.totals.eligibleCents).toBe(10_000_00);
    expect(report.limits.map((l) => [l.code, l.ruleId])).toEqual([
      ['SHARE_RANGE_CAP', 'shareRanges.goods-share'],
    ]);
  });

  it('below a minimum share it cuts the other spend so the group reaches it', () => {
    const rules: CallRulesInput = {
      ...schemes.mitFeasibilityRules,
      shareRanges: [
        { ...(schemes.mitFeasibilityRules.shareRanges?.[0] as object), onOutside: 'cap' } as never,
      ],
    };
    const plan: PlanInput = {
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
    const report = evaluate({
      call: { id: 'mit', version: 1, rules: callRulesSchema.parse(rules) },
      company: companySchema.parse(schemes.utrechtStartup),
      plan: planSchema.parse(plan),
      on: '2026-01-05',
    });
    // Feasibility 40,000 must be ≥ 60 %: development counts up to 40,000 × 40 / 60 = 26,666.66.
    expect(report.lines.find((l) => l.lineId === 'dev')?.eligibleCents).toBe(26_666_66);
    expect(report.limits[0]?.params).toMatchObject({ context: 'low', overCents: 13_333_34 });
    expect(report.fundable).toBe(true);
  });
});
