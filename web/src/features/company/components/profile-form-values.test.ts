import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../../../shared/companies/company-schema';
import { parseProfile } from './parse-profile';
import {
  emptyEnterprise,
  emptyProfile,
  type ProfileFormValues,
  toFormValues,
  withDraft,
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
        { grantedOn: '2024-05-10', amount: '40000.50' },
        { grantedOn: '2025-01-20', amount: '12000.00' },
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
      // What the form does not show (an aid's kind and body, the second tier's own aid) is kept by position.
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
      expect(related?.deMinimisReceived).toEqual([
        {
          grantedOn: '2025-06-30',
          cents: 1_500_25,
          kind: 'de-minimis',
          grantingBody: 'Camera di commercio',
          description: '',
        },
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

    it('fill rows of a draft kept before the form asked for them from the stored row in their place', () => {
      const values = toFormValues(tiers);
      const { aidReceived: _a, secondTier: _s, ...before } = holding(values);
      const draft = { ...values, name: 'Bottega Rossi', related: [before, before] } as ProfileFormValues;
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
});
