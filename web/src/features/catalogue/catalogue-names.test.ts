import { describe, expect, it } from 'vitest';
import { AID_FORMS } from '../../../../shared/catalogue/aid-forms';
import { PURPOSES } from '../../../../shared/catalogue/purposes';
import { REGION_CODES } from '../../../../shared/catalogue/regions';
import { LANGUAGES } from '../../i18n/languages';
import { catalogueNames, joinNames } from './catalogue-names';

describe('names of the catalogue codes', () => {
  it('names regions, purposes and forms of aid in each language, never by their code', () => {
    const en = catalogueNames('en');
    expect(en.region('IT-25')).toBe('Lombardy');
    expect(catalogueNames('it').region('IT-25')).toBe('Lombardia');
    expect(catalogueNames('nl').region('IT-25')).toBe('Lombardije');
    expect(en.purpose('digitalisation')).toBe('Digitalisation');
    expect(catalogueNames('nl').aidForm('grant')).toBe('Subsidie');
    expect(en.sector('metals')).not.toBe('metals');
    expect(en.applicantType('innovative-sme')).toBe('Innovative SME');
    expect(en.specialArea('special-economic-zone')).toBe('Special economic zone');
  });

  it('offers every code once in each select, by name', () => {
    for (const language of LANGUAGES) {
      const names = catalogueNames(language);
      expect(
        names
          .regionOptions()
          .map(([code]) => code)
          .sort(),
      ).toEqual([...REGION_CODES].sort());
      expect(names.purposeOptions().map(([code]) => code)).toEqual([...PURPOSES]);
      expect(names.aidFormOptions().map(([code]) => code)).toEqual([...AID_FORMS]);
      for (const [code, name] of [
        ...names.regionOptions(),
        ...names.purposeOptions(),
        ...names.aidFormOptions(),
      ])
        expect(name, code).not.toBe(code);
    }
    // Sorted by the name people read: in English the Aosta Valley comes second, not last.
    const english = catalogueNames('en')
      .regionOptions()
      .map(([, name]) => name);
    expect(english.slice(0, 2)).toEqual(['Abruzzo', 'Aosta Valley']);
  });

  it('reads an unknown code as words, and a code that names an Object method as words too', () => {
    expect(catalogueNames('en').purpose('new-purpose')).toBe('new purpose');
    expect(catalogueNames('en').region('constructor')).toBe('constructor');
  });

  it('joins names as a sentence in the reader’s language', () => {
    expect(joinNames(['Lombardy', 'Piedmont', 'Veneto'], 'en')).toBe('Lombardy, Piedmont and Veneto');
    expect(joinNames(['Lombardia', 'Veneto'], 'it')).toBe('Lombardia e Veneto');
    expect(joinNames(['Lombardije', 'Veneto'], 'nl')).toBe('Lombardije en Veneto');
  });
});
