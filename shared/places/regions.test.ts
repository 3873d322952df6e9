import { describe, expect, it } from 'vitest';
import * as schemes from '../fixtures/schemes';
import { PROVINCES, placeName, placesIn, regionCodesFor, regionCodesOf } from './regions';

describe('places and region codes', () => {
  it('give a picked province the codes the call rules match: country, region, NUTS, province', () => {
    expect(regionCodesFor('IT-MI')).toEqual(['IT', 'IT-25', 'ITC4', 'IT-MI']);
    expect(regionCodesFor('IT-PD')).toEqual(['IT', 'IT-34', 'ITH3', 'IT-PD']);
    expect(regionCodesFor('BE-VOV')).toEqual(['BE', 'BE-VLG', 'BE-VOV', 'BE23']);
    expect(regionCodesFor('NL-UT')).toEqual(['NL', 'NL-UT']);
    expect(regionCodesFor('BE-BRU')).toEqual(['BE', 'BE-BRU', 'BE10']);
    expect(regionCodesFor('XX')).toEqual([]);
  });

  it('cover the regions of the four schemes, and every code they name', () => {
    const codes = (place: string) => regionCodesFor(place);
    const matches = (place: string, include: readonly string[]) =>
      codes(place).some((c) => include.some((p) => c.startsWith(p)));
    expect(matches('IT-PD', schemes.miseVoucherRules.applicant.regions?.include ?? [])).toBe(true);
    expect(matches('IT-MI', schemes.pidLombardiaRules.applicant.regions?.include ?? [])).toBe(true);
    expect(matches('IT-BG', schemes.pidLombardiaRules.applicant.regions?.include ?? [])).toBe(false);
    expect(matches('BE-VOV', schemes.kmoPortefeuille2025Rules.applicant.regions?.include ?? [])).toBe(true);
    expect(matches('NL-UT', schemes.mitFeasibilityRules.applicant.regions?.include ?? [])).toBe(true);
    for (const code of schemes.pidLombardiaRules.applicant.regions?.include ?? []) {
      expect(placeName(code, 'en'), code).toBeDefined();
    }
    expect(PROVINCES.filter((p) => p.code.startsWith('IT-'))).toHaveLength(107);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(PROVINCES.length);
  });

  it('read the picked places back from stored codes, and name them per language', () => {
    expect(placesIn(['IT', 'IT-25', 'ITC4', 'IT-MI'])).toEqual(['IT-MI']);
    expect(placesIn(regionCodesOf(['IT-MI', 'BE-BRU', 'NL-UT']))).toEqual(['BE-BRU', 'IT-MI', 'NL-UT']);
    expect(placeName('IT-MI', 'en')).toBe('Milan');
    expect(placeName('IT-MI', 'it')).toBe('Milano');
    expect(placeName('IT-25', 'nl')).toBe('Lombardije');
    expect(placeName('ITC4', 'it')).toBe('Lombardia');
  });
});
