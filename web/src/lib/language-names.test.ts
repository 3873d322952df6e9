import { describe, expect, it } from 'vitest';
import { languageList } from './language-names';

describe('language list', () => {
  it('names the languages in the reader’s language, joined as a sentence', () => {
    expect(languageList(['it', 'en'], 'en-GB')).toBe('Italian and English');
    expect(languageList(['nl', 'fr', 'en'], 'nl-BE')).toBe('Nederlands, Frans en Engels');
    expect(languageList(['it'], 'it-IT')).toBe('italiano');
  });
});
