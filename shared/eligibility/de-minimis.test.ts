import { describe, expect, it } from 'vitest';
import { companySchema } from '../companies/company-schema';
import * as schemes from '../fixtures/schemes';
import { planSchema } from '../plans/plan-schema';
import { callRulesSchema } from './call-rules-schema';
import { deMinimisHeadroom, singleUndertakingAid, threeFiscalYearsFrom } from './de-minimis';
import { evaluate } from './evaluate';

const history = [
  { grantedOn: '2023-03-01', cents: 120_000_00, description: '' },
  { grantedOn: '2024-06-01', cents: 100_000_00, description: '' },
  { grantedOn: '2025-02-01', cents: 60_000_00, description: '' },
];

describe('deMinimisHeadroom', () => {
  it('counts 280,000 on 1 Oct 2025 under 2023/2831 → 20,000 headroom', () => {
    const result = deMinimisHeadroom(history, '2025-10-01', 'EU-2023/2831');
    expect(result.countedCents).toBe(280_000_00);
    expect(result.headroomCents).toBe(20_000_00);
  });

  it('drops the March 2023 aid by 15 Mar 2026 → 140,000 headroom', () => {
    expect(deMinimisHeadroom(history, '2026-03-15', 'EU-2023/2831').headroomCents).toBe(140_000_00);
  });

  it('uses fiscal years and the 200,000 ceiling under 1407/2013', () => {
    const result = deMinimisHeadroom(history, '2025-10-01', 'EU-1407/2013');
    expect(result.windowFrom).toBe('2023-01-01');
    expect(result.headroomCents).toBe(0);
  });

  it('ignores aid granted after the grant date', () => {
    const result = deMinimisHeadroom(history, '2024-01-01', 'EU-2023/2831');
    expect(result.countedCents).toBe(120_000_00);
  });
});

/*
 * Reg. (EU) 2023/2831 (https://eur-lex.europa.eu/eli/reg/2023/2831/oj): art. 3(2) "shall not exceed
 * EUR 300 000 over any period of three years"; art. 3(4) aid is granted "at the moment the legal right to
 * receive the aid is conferred"; art. 2(2) a "single undertaking" includes all enterprises linked by a
 * majority of voting rights, the right to appoint the board, a dominant influence or control by agreement.
 * Reg. (EU) 1407/2013 (https://eur-lex.europa.eu/eli/reg/2013/1407/oj): art. 3(2) "EUR 200 000 over any
 * period of three fiscal years … EUR 100 000 … for a single undertaking performing road freight transport
 * for hire or reward"; the period is the current fiscal year and the two before (art. 3(2), recital 10).
 */
describe('deMinimisHeadroom — the edges of the window', () => {
  const one = (grantedOn: string) => [{ grantedOn, cents: 100_000_00 }];

  it('2023/2831: aid granted exactly three years before the grant date has left the window; the next day has not', () => {
    expect(deMinimisHeadroom(one('2023-03-15'), '2026-03-15', 'EU-2023/2831').countedCents).toBe(0);
    const inside = deMinimisHeadroom(one('2023-03-16'), '2026-03-15', 'EU-2023/2831');
    expect(inside).toMatchObject({
      windowFrom: '2023-03-16',
      countedCents: 100_000_00,
      headroomCents: 200_000_00,
    });
  });

  it('2023/2831: aid granted on the grant date itself counts; aid granted the day after does not', () => {
    expect(deMinimisHeadroom(one('2026-03-15'), '2026-03-15', 'EU-2023/2831').countedCents).toBe(100_000_00);
    expect(deMinimisHeadroom(one('2026-03-16'), '2026-03-15', 'EU-2023/2831').countedCents).toBe(0);
  });

  it('1407/2013: three fiscal years ending 30 June — from 1 July two years before the current one', () => {
    const options = { fiscalYearEnd: '06-30' };
    expect(deMinimisHeadroom(one('2023-06-30'), '2025-10-01', 'EU-1407/2013', options)).toMatchObject({
      windowFrom: '2023-07-01',
      countedCents: 0,
    });
    expect(deMinimisHeadroom(one('2023-07-01'), '2025-10-01', 'EU-1407/2013', options).countedCents).toBe(
      100_000_00,
    );
    // On the last day of a fiscal year, that year is still the current one.
    expect(threeFiscalYearsFrom('2025-06-30', '06-30')).toBe('2022-07-01');
    expect(threeFiscalYearsFrom('2024-02-29', '02-29')).toBe('2021-03-01');
  });

  it('counts only de minimis aid: block-exempted aid and tax incentives have their own rules', () => {
    const mixed = [
      { grantedOn: '2025-01-10', cents: 50_000_00, kind: 'gber' as const },
      { grantedOn: '2025-01-10', cents: 10_000_00, kind: 'general-tax-incentive' as const },
      { grantedOn: '2025-01-10', cents: 20_000_00, kind: 'de-minimis' as const },
      { grantedOn: '2025-01-10', cents: 30_000_00 },
    ];
    expect(deMinimisHeadroom(mixed, '2025-10-01', 'EU-2023/2831').countedCents).toBe(50_000_00);
  });
});

describe('single undertaking (Reg. 2023/2831 art. 2(2))', () => {
  const figures = { staffAwu: 10, turnoverCents: 1_000_000_00, balanceSheetCents: 1_000_000_00 };
  const company = companySchema.parse({
    id: 'c',
    name: 'Holding',
    regionCodes: ['IT'],
    sectorCode: '62.01',
    registeredOn: '2010-01-01',
    figures,
    deMinimisReceived: [{ grantedOn: '2024-05-01', cents: 100_000_00 }],
    related: [
      {
        ...figures,
        name: 'Subsidiary (60 %)',
        sharePct: 60,
        deMinimisReceived: [{ grantedOn: '2025-01-15', cents: 150_000_00 }],
        related: [
          // Linked to the subsidiary, so linked to the company too: its aid counts.
          {
            ...figures,
            name: 'Sub-subsidiary',
            sharePct: 100,
            deMinimisReceived: [{ grantedOn: '2025-02-01', cents: 10_000_00 }],
          },
          // A partner of the subsidiary is not part of the single undertaking.
          {
            ...figures,
            name: 'Partner of subsidiary',
            sharePct: 30,
            deMinimisReceived: [{ grantedOn: '2025-02-01', cents: 99_000_00 }],
          },
        ],
      },
      {
        ...figures,
        name: 'Partner (30 %)',
        sharePct: 30,
        deMinimisReceived: [{ grantedOn: '2025-01-15', cents: 200_000_00 }],
        related: [
          {
            ...figures,
            name: "Partner's subsidiary",
            sharePct: 80,
            deMinimisReceived: [{ grantedOn: '2025-01-15', cents: 1_00 }],
          },
        ],
      },
    ],
  });

  it("adds the aid of enterprises linked directly or through a linked one, not partners' aid", () => {
    const aid = singleUndertakingAid(company);
    const result = deMinimisHeadroom(aid, '2025-10-01', 'EU-2023/2831');
    expect(result).toMatchObject({
      countedCents: 260_000_00,
      linkedCents: 160_000_00,
      headroomCents: 40_000_00,
    });
  });

  it('cuts the grant to the headroom of the single undertaking and says linked aid is in it', () => {
    const rules = callRulesSchema.parse({
      ...schemes.pidLombardiaRules,
      applicant: { article: 'art. 4', sizeClasses: ['micro', 'small', 'medium', 'large'] },
      totals: {
        ...schemes.pidLombardiaRules.totals,
        maxGrantCents: 100_000_00,
        maxEligibleCents: 200_000_00,
      },
    });
    const plan = planSchema.parse({
      ...schemes.milanRestaurantPlan,
      lines: [
        {
          id: 'consulting',
          category: 'consulting',
          description: 'CRM',
          supplier: { name: 'S' },
          amountCents: 40_000_00,
          date: '2025-03-15',
          tags: ['technology:crm'],
        },
        {
          id: 'goods',
          category: 'hardware',
          description: 'Tablets',
          supplier: { name: 'S' },
          amountCents: 60_000_00,
          date: '2025-03-15',
          tags: ['technology:crm'],
        },
      ],
    });
    const report = evaluate({ call: { id: 'pid', version: 1, rules }, company, plan, on: '2025-10-01' });
    expect(report.totals.grantCents).toBe(40_000_00);
    expect(report.limits.find((l) => l.code === 'DE_MINIMIS_CUT')?.params).toMatchObject({
      context: 'linked',
      linkedCents: 160_000_00,
      receivedCents: 260_000_00,
      headroomCents: 40_000_00,
    });
  });
});

describe('sector ceilings where a call uses them (Reg. 1407/2013 art. 3(2): road freight for hire)', () => {
  const rules = callRulesSchema.parse({
    ...schemes.miseVoucherRules,
    deMinimis: {
      article: 'DM 23/9/2014, art. 4',
      regulation: 'EU-1407/2013',
      onExcess: 'cut',
      sectorCeilings: [{ article: 'Reg. 1407/2013, art. 3(2)', sectors: ['49.41'], cents: 100_000_00 }],
    },
  });
  const haulier = (cents: number) =>
    companySchema.parse({
      ...schemes.paduaRetailer,
      sectorCode: 'H49.41',
      deMinimisReceived: [{ grantedOn: '2017-02-01', cents, regulation: 'EU-1407/2013' }],
    });
  const plan = planSchema.parse(schemes.paduaRetailerPlan);
  const run = (cents: number, sectorCode?: string) =>
    evaluate({
      call: { id: 'mise', version: 1, rules },
      company: sectorCode ? { ...haulier(cents), sectorCode } : haulier(cents),
      plan,
      on: '2018-03-20',
    });

  it('a road haulier with €98,000 received keeps €2,000 of the €100,000 ceiling: the €3,850 grant is cut to it', () => {
    const report = run(98_000_00);
    expect(report.deMinimis).toMatchObject({ ceilingCents: 100_000_00, headroomCents: 2_000_00 });
    expect(report.totals.grantCents).toBe(2_000_00);
    expect(report.limits.at(-1)).toMatchObject({
      code: 'DE_MINIMIS_CUT',
      article: 'Reg. 1407/2013, art. 3(2)',
    });
  });

  it('exactly at the sector ceiling nothing is left; any other sector keeps the €200,000 ceiling', () => {
    expect(run(100_000_00).totals.grantCents).toBe(0);
    expect(run(100_000_00, '47.19').totals.grantCents).toBe(3_850_00);
  });

  it('where two ceilings cover the activity, the lower one applies, whichever comes first', () => {
    const both = (ceilings: { article: string; sectors: string[]; cents: number }[]) =>
      evaluate({
        call: {
          id: 'mise',
          version: 1,
          rules: {
            ...rules,
            deMinimis: {
              article: 'DM 23/9/2014, art. 4',
              regulation: 'EU-1407/2013',
              onExcess: 'cut',
              sectorCeilings: ceilings,
            },
          },
        },
        company: haulier(98_000_00),
        plan,
        on: '2018-03-20',
      });
    const division = { article: 'art. 4(2)', sectors: ['49'], cents: 150_000_00 };
    const freight = { article: 'Reg. 1407/2013, art. 3(2)', sectors: ['49.41'], cents: 100_000_00 };
    for (const ceilings of [
      [division, freight],
      [freight, division],
    ]) {
      const report = both(ceilings);
      expect(report.deMinimis).toMatchObject({ ceilingCents: 100_000_00, headroomCents: 2_000_00 });
      expect(report.limits.at(-1)?.article).toBe('Reg. 1407/2013, art. 3(2)');
    }
  });
});
