import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../../../shared/companies/company-schema';
import { parseProfile } from './parse-profile';
import {
  emptyAid,
  emptyEnterprise,
  emptyProfile,
  emptyRelated,
  type ProfileFormValues,
  toFormValues,
  withDraft,
  withYearGrant,
} from './profile-form-values';

const stored = companySchema.parse({
  id: 'sme-1',
  name: 'Bottega',
  regionCodes: ['IT', 'IT-25', 'ITC4', 'IT-MI'],
  sectorCode: '47.19',
  registeredOn: '2012-04-02',
  figures: { staffAwu: 7, turnoverCents: 900_000_00, balanceSheetCents: 420_000_00 },
  related: [{ name: 'Holding', sharePct: 30, staffAwu: 2, turnoverCents: 1, balanceSheetCents: 1 }],
  declarations: ['tax-regular'],
});

describe('profile form values', () => {
  it('round-trip a stored profile, keeping what the form does not show', () => {
    const parsed = parseProfile({ ...toFormValues(stored), turnover: '1.000.000,50' }, stored);
    expect(parsed.company?.figures.turnoverCents).toBe(1_000_000_50);
    expect(parsed.company?.related).toEqual(stored.related);
    // An exempt investor (venture capital, business angel…) is said so on the form and kept.
    const values = toFormValues(stored);
    const exempt = { ...values, related: values.related.map((r) => ({ ...r, exemptInvestor: true })) };
    expect(parseProfile(exempt, stored).company?.related[0]?.exemptInvestor).toBe(true);
    expect(parsed.company?.declarations).toEqual(['tax-regular']);
    expect(parsed.company?.regionCodes).toEqual(['IT', 'IT-25', 'ITC4', 'IT-MI']);
  });

  it('keep what a scheme granted this year and the legality rating, and save them as the rules read them', () => {
    const withPast = companySchema.parse({
      ...stored,
      legalityRating: true,
      grantsThisYear: [
        { callFamily: 'kmo-portefeuille', year: 2025, cents: 7_500_00 },
        { callFamily: 'kmo-portefeuille', year: 2026, cents: 2_000_00 },
      ],
    });
    const values = toFormValues(withPast);
    expect(values.legalityRating).toBe(true);
    expect(parseProfile(values, withPast).company?.grantsThisYear).toEqual(withPast.grantsThisYear);
    // Typed in euros, stored in cents; another year's row is kept as it was.
    const typed = withYearGrant(values.grantsThisYear, 'kmo-portefeuille', 2026, '3.250,50');
    const parsed = parseProfile({ ...values, grantsThisYear: typed, legalityRating: false }, withPast);
    expect(parsed.company?.grantsThisYear).toEqual([
      { callFamily: 'kmo-portefeuille', year: 2025, cents: 7_500_00 },
      { callFamily: 'kmo-portefeuille', year: 2026, cents: 3_250_50 },
    ]);
    expect(parsed.company?.legalityRating).toBe(false);
    // A cleared amount is no grant: its row stays in the form, and is not saved.
    const cleared = withYearGrant(typed, 'kmo-portefeuille', 2026, ' ');
    expect(cleared).toHaveLength(2);
    expect(parseProfile({ ...values, grantsThisYear: cleared }, withPast).company?.grantsThisYear).toEqual([
      { callFamily: 'kmo-portefeuille', year: 2025, cents: 7_500_00 },
    ]);
    // A new scheme's row is added after the others.
    expect(withYearGrant(typed, 'other', 2026, '10').map((g) => g.callFamily)).toEqual([
      'kmo-portefeuille',
      'kmo-portefeuille',
      'other',
    ]);
  });

  it('name a wrong amount granted this year by the row the form shows it in', () => {
    const rows = withYearGrant(withYearGrant([], 'a', 2026, '100'), 'b', 2026, 'ten euros');
    const errors = parseProfile({ ...toFormValues(stored), grantsThisYear: rows }, stored).errors ?? {};
    expect(Object.keys(errors)).toEqual(['grantsThisYear.1.cents']);
    // Clearing the first amount keeps the rows where they are: the error stays by its field, though
    // the cleared row is not sent.
    const cleared = withYearGrant(rows, 'a', 2026, '');
    expect(cleared.map((g) => g.callFamily)).toEqual(['a', 'b']);
    const after = parseProfile({ ...toFormValues(stored), grantsThisYear: cleared }, stored).errors ?? {};
    expect(Object.keys(after)).toEqual(['grantsThisYear.1.cents']);
  });

  it('store a picked province as the codes the rules match, and declarations with their day', () => {
    const values = toFormValues(stored);
    expect(values.places).toEqual(['IT-MI']);
    const parsed = parseProfile(
      { ...values, places: ['IT-PD'], declarations: { 'not-in-liquidation': '2026-01-10' } },
      stored,
    );
    expect(parsed.company?.regionCodes).toEqual(['IT', 'IT-34', 'ITH3', 'IT-PD']);
    expect(parsed.company?.declarations).toEqual(['not-in-liquidation']);
    expect(parsed.company?.declaredOn).toEqual({ 'not-in-liquidation': '2026-01-10' });
  });

  it('name each wrong field by its schema path', () => {
    const parsed = parseProfile(
      { ...emptyProfile, name: 'X', sectorCode: 'retail', staffAwu: '-1' },
      undefined,
    );
    expect(Object.keys(parsed.errors ?? {})).toEqual(
      expect.arrayContaining([
        'regionCodes',
        'sectorCode',
        'registeredOn',
        'figures.staffAwu',
        'figures.turnoverCents',
      ]),
    );
  });
  it('keep the registered seat apart from the operating sites, whatever the list order of the codes', () => {
    // Seat in Bergamo, an operating site in Milan: Milan's province comes first in the place list.
    const parsed = parseProfile({ ...toFormValues(stored), places: ['IT-BG', 'IT-MI'] }, stored);
    expect(parsed.company?.seat).toBe('IT-BG');
    expect(parsed.company?.regionCodes).toEqual(expect.arrayContaining(['IT-25', 'IT-BG', 'IT-MI']));
    if (!parsed.company) throw new Error('the profile should parse');
    expect(toFormValues(parsed.company).places).toEqual(['IT-BG', 'IT-MI']);
    const moved = parseProfile(
      { ...toFormValues(parsed.company), places: ['IT-MI', 'IT-BG'] },
      parsed.company,
    );
    expect(moved.company && toFormValues(moved.company).places).toEqual(['IT-MI', 'IT-BG']);
  });

  it('say which kind each aid received was: saved without one it was de minimis, the only kind listed then', () => {
    const withAid = companySchema.parse({
      ...stored,
      deMinimisReceived: [{ grantedOn: '2025-03-01', cents: 20_000_00, grantingBody: 'Regione Lombardia' }],
    });
    const values = toFormValues(withAid);
    expect(values.aid[0]?.kind).toBe('de-minimis');
    const regional = { ...values, aid: values.aid.map((a) => ({ ...a, kind: 'gber' })) };
    expect(parseProfile(regional, withAid).company?.deMinimisReceived[0]).toMatchObject({
      kind: 'gber',
      cents: 20_000_00,
      grantingBody: 'Regione Lombardia',
    });
    expect(
      Object.keys(
        parseProfile({ ...values, aid: [{ ...values.aid[0], kind: 'loan' }] } as typeof values, withAid)
          .errors ?? {},
      ),
    ).toEqual(['deMinimisReceived.0.kind']);
  });

  it('keep the figures of earlier years, and which year the current ones are for', () => {
    const values = {
      ...toFormValues(stored),
      figuresYear: '2025',
      earlierYears: [{ year: '2024', staffAwu: '60', turnover: '9.000.000', balanceSheet: '4.000.000' }],
    };
    const parsed = parseProfile(values, stored).company;
    expect(parsed).toMatchObject({
      figuresYear: 2025,
      figuresByYear: [
        { year: 2024, staffAwu: 60, turnoverCents: 9_000_000_00, balanceSheetCents: 4_000_000_00 },
      ],
    });
    expect(parsed && toFormValues(parsed)).toMatchObject({
      figuresYear: '2025',
      earlierYears: [{ year: '2024', staffAwu: '60', turnover: '9000000.00', balanceSheet: '4000000.00' }],
    });
    // The financial year's end: empty is 31 December (nothing stored), a picked month end is kept.
    expect(parsed?.fiscalYearEnd).toBeUndefined();
    expect(parseProfile({ ...values, fiscalYearEnd: '06-30' }, stored).company?.fiscalYearEnd).toBe('06-30');
    // The same year twice is named, in the form's terms, at the list.
    const twice = { ...values, earlierYears: [...values.earlierYears, ...values.earlierYears] };
    expect(Object.keys(parseProfile(twice, stored).errors ?? {})).toEqual(['figuresByYear']);
  });

  describe('related enterprises', () => {
    // A linked holding with de minimis aid of its own, and a partner of that holding (the second tier),
    // which received aid the form does not ask for.
    const tiers = companySchema.parse({
      ...stored,
      related: [
        {
          name: 'Holding',
          sharePct: 60,
          controls: true,
          staffAwu: 2,
          turnoverCents: 150_000_00,
          balanceSheetCents: 80_000_00,
          deMinimisReceived: [
            {
              grantedOn: '2024-05-10',
              cents: 40_000_50,
              kind: 'de-minimis',
              grantingBody: 'Camera di commercio',
            },
            { grantedOn: '2025-01-20', cents: 12_000_00 },
          ],
          related: [
            {
              name: 'Fondo Alfa',
              sharePct: 30,
              exemptInvestor: true,
              staffAwu: 0,
              turnoverCents: 0,
              balanceSheetCents: 5_000_000_00,
            },
            {
              name: 'Beta srl',
              sharePct: 51,
              controls: true,
              staffAwu: 12.5,
              turnoverCents: 2_000_000_00,
              balanceSheetCents: 900_000_00,
              deMinimisReceived: [{ grantedOn: '2023-11-02', cents: 30_000_00 }],
            },
          ],
        },
      ],
    });
    const holding = (values: ProfileFormValues) => {
      const first = values.related[0];
      if (!first) throw new Error('the holding should be listed');
      return first;
    };

    it('round-trip the aid a related enterprise received and its own related enterprises', () => {
      const values = toFormValues(tiers);
      expect(holding(values).aidReceived).toEqual([
        { storedIndex: 0, grantedOn: '2024-05-10', amount: '40000.50' },
        { storedIndex: 1, grantedOn: '2025-01-20', amount: '12000.00' },
      ]);
      expect(
        holding(values).secondTier.map((s) => [s.name, s.sharePct, s.controls, s.exemptInvestor]),
      ).toEqual([
        ['Fondo Alfa', '30', false, true],
        ['Beta srl', '51', true, false],
      ]);
      expect(holding(values).secondTier[1]).toMatchObject({
        staffAwu: '12.5',
        turnover: '2000000.00',
        balanceSheet: '900000.00',
      });
      // What the form does not show (an aid's kind and body, the second tier's own aid) is kept.
      expect(parseProfile(values, tiers).company?.related).toEqual(tiers.related);
    });

    it('add, change and remove rows in euros as typed, stored in cents', () => {
      const values = toFormValues(tiers);
      const edited: ProfileFormValues = {
        ...values,
        related: [
          {
            ...holding(values),
            aidReceived: [{ grantedOn: '2025-06-30', amount: '1.500,25' }],
            secondTier: [
              {
                ...emptyEnterprise,
                name: ' Gamma ',
                sharePct: '25,5',
                staffAwu: '3',
                turnover: '10.000',
                balanceSheet: '0',
              },
            ],
          },
        ],
      };
      const related = parseProfile(edited, tiers).company?.related[0];
      // Typed in place of the stored rows, it is new: it takes no stored row's kind or granting body.
      expect(related?.deMinimisReceived).toEqual([
        { grantedOn: '2025-06-30', cents: 1_500_25, description: '' },
      ]);
      expect(related?.related).toEqual([
        {
          name: 'Gamma',
          sharePct: 25.5,
          controls: false,
          exemptInvestor: false,
          staffAwu: 3,
          turnoverCents: 10_000_00,
          balanceSheetCents: 0,
        },
      ]);
      // None listed: none kept.
      const none = { ...edited, related: [{ ...holding(edited), aidReceived: [], secondTier: [] }] };
      const cleared = parseProfile(none, tiers).company?.related[0];
      expect(cleared?.deMinimisReceived).toBeUndefined();
      expect(cleared?.related).toBeUndefined();
    });

    it('name a wrong amount or share in their rows by schema path', () => {
      const values = toFormValues(tiers);
      const [alfa, beta] = holding(values).secondTier;
      if (!alfa || !beta) throw new Error('both second-tier enterprises should be listed');
      const wrong: ProfileFormValues = {
        ...values,
        related: [
          {
            ...holding(values),
            aidReceived: [{ grantedOn: '2024-05-10', amount: 'a lot' }],
            secondTier: [alfa, { ...beta, turnover: '2 million', sharePct: '120' }],
          },
        ],
      };
      expect(Object.keys(parseProfile(wrong, tiers).errors ?? {}).sort()).toEqual([
        'related.0.deMinimisReceived.0.cents',
        'related.0.related.1.sharePct',
        'related.0.related.1.turnoverCents',
      ]);
    });

    it('fill rows of a draft kept before the form asked for them from the stored row they were read from', () => {
      const values = toFormValues(tiers);
      const { aidReceived: _a, secondTier: _s, ...before } = holding(values);
      // The second row was added by the person: it was read from no stored row.
      const { storedIndex: _i, ...added } = before;
      const draft = { ...values, name: 'Bottega Rossi', related: [before, added] } as ProfileFormValues;
      const restored = withDraft(values, draft);
      expect(restored.name).toBe('Bottega Rossi');
      expect(restored.related[0]).toEqual(holding(values));
      expect(restored.related[1]).toMatchObject({ aidReceived: [], secondTier: [] });
    });
  });

  it('keep the de minimis regulation an aid was granted under, and what the form does not show', () => {
    const withAid = companySchema.parse({
      ...stored,
      deMinimisReceived: [
        {
          grantedOn: '2023-10-01',
          cents: 15_000_00,
          kind: 'de-minimis',
          regulation: 'EU-1407/2013',
          costsCovered: [{ planId: 'plan-1', lineId: 'crm', cents: 5_000_00 }],
        },
        { grantedOn: '2025-02-01', cents: 8_000_00, kind: 'de-minimis' },
      ],
    });
    const values = toFormValues(withAid);
    expect(values.aid.map((a) => a.regulation)).toEqual(['EU-1407/2013', '']);
    expect(parseProfile(values, withAid).company?.deMinimisReceived).toEqual(withAid.deMinimisReceived);
    const picked = {
      ...values,
      aid: values.aid.map((a, i) => ({ ...a, regulation: i === 0 ? '' : 'EU-2023/2831' })),
    };
    const [first, second] = parseProfile(picked, withAid).company?.deMinimisReceived ?? [];
    expect(first?.regulation).toBeUndefined();
    expect(first?.costsCovered).toEqual([{ planId: 'plan-1', lineId: 'crm', cents: 5_000_00 }]);
    expect(second?.regulation).toBe('EU-2023/2831');
    const unknown = { ...values, aid: values.aid.map((a) => ({ ...a, regulation: 'EU-1998/1' })) };
    expect(Object.keys(parseProfile(unknown, withAid).errors ?? {})).toEqual([
      'deMinimisReceived.0.regulation',
      'deMinimisReceived.1.regulation',
    ]);
  });

  it('list the plan costs an aid paid for, and save what is ticked: the amount, or the whole aid on one cost', () => {
    const withAid = companySchema.parse({
      ...stored,
      deMinimisReceived: [
        {
          grantedOn: '2025-03-01',
          cents: 9_000_00,
          kind: 'gber',
          costsCovered: [
            { planId: 'plan-1', lineId: 'crm', cents: 4_000_00 },
            { planId: 'plan-1', lineId: 'pos', cents: 5_000_00 },
          ],
        },
      ],
    });
    const values = toFormValues(withAid);
    expect(values.aid[0]?.costs).toEqual([
      { planId: 'plan-1', lineId: 'crm', amount: '4000.00' },
      { planId: 'plan-1', lineId: 'pos', amount: '5000.00' },
    ]);
    expect(parseProfile(values, withAid).company?.deMinimisReceived).toEqual(withAid.deMinimisReceived);

    const edit = (costs: ProfileFormValues['aid'][number]['costs']) => ({
      ...values,
      aid: values.aid.map((a) => ({ ...a, costs })),
    });
    // Unticking every cost keeps none: the form lists them all.
    expect(parseProfile(edit([]), withAid).company?.deMinimisReceived[0]?.costsCovered).toBeUndefined();
    // Amounts typed the Italian way; one cost alone may take the whole aid.
    const shared = edit([
      { planId: 'plan-2', lineId: 'web', amount: '1.250,50' },
      { planId: 'plan-2', lineId: 'training', amount: '7.749,50' },
    ]);
    expect(parseProfile(shared, withAid).company?.deMinimisReceived[0]?.costsCovered).toEqual([
      { planId: 'plan-2', lineId: 'web', cents: 1_250_50 },
      { planId: 'plan-2', lineId: 'training', cents: 7_749_50 },
    ]);
    const whole = edit([{ planId: 'plan-2', lineId: 'training', amount: ' ' }]);
    expect(parseProfile(whole, withAid).company?.deMinimisReceived[0]?.costsCovered).toEqual([
      { planId: 'plan-2', lineId: 'training' },
    ]);
    // Each mistake is named at its own field: not an amount, €0, more than the aid, the whole aid on two
    // costs, the same cost twice, and costs adding up to more than the aid.
    const errorsOf = (costs: Parameters<typeof edit>[0]) => parseProfile(edit(costs), withAid).errors ?? {};
    const cost = (lineId: string, amount: string) => ({ planId: 'plan-2', lineId, amount });
    const at = (path: string) => [`deMinimisReceived.0.costsCovered${path}`];
    expect(Object.keys(errorsOf([cost('web', 'a lot')]))).toEqual(at('.0.cents'));
    expect(Object.keys(errorsOf([cost('web', '0')]))).toEqual(at('.0.cents'));
    expect(Object.keys(errorsOf([cost('web', '9000,01')]))).toEqual(at('.0.cents'));
    expect(Object.keys(errorsOf([cost('web', ''), cost('pos', '100')]))).toEqual(at('.0.cents'));
    expect(Object.keys(errorsOf([cost('web', '100'), cost('web', '200')]))).toEqual(at('.1.lineId'));
    expect(Object.keys(errorsOf([cost('web', '5000'), cost('pos', '4000,01')]))).toEqual(at(''));
    // A draft kept before the form asked takes the stored row's costs.
    const { costs: _costs, ...older } = values.aid[0] ?? emptyAid;
    expect(withDraft(values, { aid: [older as typeof emptyAid] }).aid[0]?.costs).toEqual(
      values.aid[0]?.costs,
    );
  });

  describe('a removed row', () => {
    // Every row carries what the form does not show, different for each, so a row taking another's shows.
    const aid = (cents: number, extra: Record<string, unknown> = {}) => ({
      grantedOn: '2024-03-01',
      cents,
      description: `aid of ${cents}`,
      ...extra,
    });
    const sister = (name: string, deMinimisReceived?: ReturnType<typeof aid>[]) => ({
      name,
      sharePct: 40,
      controls: false,
      exemptInvestor: false,
      staffAwu: 1,
      turnoverCents: 1,
      balanceSheetCents: 1,
      ...(deMinimisReceived ? { deMinimisReceived } : {}),
    });
    const gber = aid(50_000_00, { kind: 'gber', description: 'GBER R&D', grantingBody: 'MIMIT' });
    const company = companySchema.parse({
      ...stored,
      related: [
        {
          ...sister('Parent'),
          sharePct: 60,
          controls: true,
          deMinimisReceived: [
            gber,
            aid(80_000_00, { kind: 'de-minimis' }),
            aid(60_000_00, { kind: 'de-minimis', grantingBody: 'Regione' }),
            aid(40_000_00),
          ],
          related: [
            sister('SisterA', [aid(150_000_00)]),
            sister('SisterMid', [aid(5_000_00, { grantingBody: 'Comune' })]),
            sister('SisterB'),
          ],
        },
        {
          ...sister('Other', [aid(7_000_00, { kind: 'other-state-aid' })]),
          related: [sister('Cousin', [aid(9)])],
        },
        sister('Third', [aid(3_000_00)]),
      ],
      deMinimisReceived: [
        aid(10_000_00, {
          kind: 'de-minimis',
          grantingBody: 'Invitalia',
          regulation: 'EU-1407/2013',
          costsCovered: [{ planId: 'plan-a', lineId: 'crm', cents: 1_000_00 }],
        }),
        aid(20_000_00, {
          kind: 'gber',
          grantingBody: 'MIMIT',
          costsCovered: [{ planId: 'plan-b', lineId: 'hw' }],
        }),
        aid(30_000_00, { kind: 'de-minimis', regulation: 'EU-2023/2831', grantingBody: 'Regione' }),
      ],
    });
    const [parent, other, third] = company.related;
    if (!parent || !other || !third) throw new Error('three related enterprises should be stored');
    const [, aid80, aid60, aid40] = parent.deMinimisReceived ?? [];
    // The form lists Parent's de minimis aid; its GBER aid, not listed, is kept after it.
    const parentSaved = { ...parent, deMinimisReceived: [aid80, aid60, aid40, gber] };
    const [sisterA, sisterMid, sisterB] = parent.related ?? [];
    const [ownA, ownB, ownC] = company.deMinimisReceived;
    const without = <T>(rows: T[], i: number) => rows.filter((_, j) => j !== i);
    const saved = (values: ProfileFormValues) => {
      const parsed = parseProfile(values, company);
      if (!parsed.company) throw new Error(`the profile should parse: ${JSON.stringify(parsed.errors)}`);
      return parsed.company;
    };

    it('list only the de minimis aid of a related enterprise, and keep its other aid as stored', () => {
      const values = toFormValues(company);
      expect(values.related[0]?.aidReceived.map((a) => [a.storedIndex, a.amount])).toEqual([
        [1, '80000.00'],
        [2, '60000.00'],
        [3, '40000.00'],
      ]);
      expect(values.related[1]?.aidReceived).toEqual([]);
      const { related, deMinimisReceived } = saved(values);
      expect({ related, deMinimisReceived }).toEqual({
        related: [parentSaved, other, third],
        deMinimisReceived: company.deMinimisReceived,
      });
      // A wrong amount is named at its place in the form, whatever is kept unlisted.
      const first = values.related[0];
      if (!first) throw new Error('Parent should be listed');
      const wrong = {
        ...values,
        related: [
          { ...first, aidReceived: first.aidReceived.map((a, j) => (j === 0 ? { ...a, amount: 'x' } : a)) },
          ...values.related.slice(1),
        ],
      };
      expect(Object.keys(parseProfile(wrong, company).errors ?? {})).toEqual([
        'related.0.deMinimisReceived.0.cents',
      ]);
    });

    it("leave the next row of the company's own aid with exactly its own hidden fields", () => {
      const values = toFormValues(company);
      expect(saved({ ...values, aid: without(values.aid, 1) }).deMinimisReceived).toEqual([ownA, ownC]);
      // Removing the first: the second and third keep their kind, costs and regulation.
      expect(saved({ ...values, aid: without(values.aid, 0) }).deMinimisReceived).toEqual([ownB, ownC]);
    });

    it('leave the next related enterprise with exactly its own aid and related enterprises', () => {
      const values = toFormValues(company);
      expect(saved({ ...values, related: without(values.related, 1) }).related).toEqual([parentSaved, third]);
      expect(saved({ ...values, related: without(values.related, 0) }).related).toEqual([other, third]);
    });

    it("leave a related enterprise's next aid and next second-tier enterprise with exactly their own", () => {
      const values = toFormValues(company);
      const first = values.related[0];
      if (!first) throw new Error('Parent should be listed');
      const edited = (patch: Partial<typeof first>) => ({
        ...values,
        related: [{ ...first, ...patch }, ...values.related.slice(1)],
      });
      // The middle de minimis aid and the middle second-tier enterprise removed.
      const middle = saved(
        edited({ aidReceived: without(first.aidReceived, 1), secondTier: without(first.secondTier, 1) }),
      );
      expect(middle.related).toEqual([
        { ...parent, deMinimisReceived: [aid80, aid40, gber], related: [sisterA, sisterB] },
        other,
        third,
      ]);
      // The reviewer's case: the first aid listed and SisterA removed. The €80,000 aid is gone, the GBER
      // aid stays as stored, the €60,000 keeps its own body; SisterB takes none of SisterA's €150,000.
      const reported = saved(
        edited({ aidReceived: without(first.aidReceived, 0), secondTier: without(first.secondTier, 0) }),
      );
      expect(reported.related[0]).toEqual({
        ...parent,
        deMinimisReceived: [aid60, aid40, gber],
        related: [sisterMid, sisterB],
      });
      expect(reported.related[0]?.related?.[1]?.deMinimisReceived).toBeUndefined();
    });

    it('give rows the person added nothing of any stored row', () => {
      const values = toFormValues(company);
      const first = values.related[0];
      if (!first) throw new Error('Parent should be listed');
      const added = saved({
        ...values,
        aid: [...without(values.aid, 2), { ...emptyAid, grantedOn: '2025-01-01', amount: '100' }],
        related: [
          {
            ...first,
            aidReceived: [...without(first.aidReceived, 2), { grantedOn: '2025-01-01', amount: '100' }],
            secondTier: [
              ...without(first.secondTier, 2),
              {
                ...emptyEnterprise,
                name: 'New',
                sharePct: '10',
                staffAwu: '1',
                turnover: '1',
                balanceSheet: '1',
              },
            ],
          },
          ...values.related.slice(1),
          {
            ...emptyRelated,
            name: 'Fourth',
            sharePct: '10',
            staffAwu: '1',
            turnover: '1',
            balanceSheet: '1',
          },
        ],
      });
      expect(added.deMinimisReceived).toEqual([
        ownA,
        ownB,
        { grantedOn: '2025-01-01', cents: 100_00, description: '', kind: 'de-minimis' },
      ]);
      expect(added.related[0]?.deMinimisReceived).toEqual([
        aid80,
        aid60,
        { grantedOn: '2025-01-01', cents: 100_00, description: '' },
        gber,
      ]);
      expect(added.related[0]?.related?.[2]).toEqual({
        name: 'New',
        sharePct: 10,
        controls: false,
        exemptInvestor: false,
        staffAwu: 1,
        turnoverCents: 100,
        balanceSheetCents: 100,
      });
      expect(added.related.slice(1, 3)).toEqual([other, third]);
      expect(added.related[3]?.deMinimisReceived).toBeUndefined();
      expect(added.related[3]?.related).toBeUndefined();
    });

    it('restore an older draft with a row removed, each kept row filled from its own stored row', () => {
      const values = toFormValues(company);
      // Kept before the form asked for a related enterprise's aid and second tier, or an aid's regulation.
      const older = (r: ProfileFormValues['related'][number]) => {
        const { aidReceived: _a, secondTier: _s, ...rest } = r;
        return rest;
      };
      const draft = {
        ...values,
        related: without(values.related, 1).map(older),
        aid: without(values.aid, 1).map(({ regulation: _r, ...rest }) => rest),
      } as ProfileFormValues;
      const restored = withDraft(values, draft);
      expect(restored.related).toEqual([values.related[0], values.related[2]]);
      expect(restored.aid).toEqual([values.aid[0], values.aid[2]]);
      expect(restored.aid.map((a) => a.regulation)).toEqual(['EU-1407/2013', 'EU-2023/2831']);
      expect(saved(restored)).toMatchObject({
        related: [parentSaved, third],
        deMinimisReceived: [ownA, ownC],
      });
      // A second-tier enterprise kept before the form asked whether it is an exempt investor.
      const first = values.related[0];
      if (!first) throw new Error('Parent should be listed');
      const nested = withDraft(values, {
        related: [
          {
            ...first,
            secondTier: without(first.secondTier, 0).map(({ exemptInvestor: _e, ...rest }) => rest),
          } as ProfileFormValues['related'][number],
        ],
      });
      expect(nested.related[0]?.secondTier).toEqual(without(first.secondTier, 0));
    });
  });
});
