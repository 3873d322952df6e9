import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../../../shared/companies/company-schema';
import { parseProfile } from './parse-profile';
import { emptyProfile, toFormValues } from './profile-form-values';

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
});
