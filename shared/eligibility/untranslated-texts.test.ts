import { describe, expect, it } from 'vitest';
import { pidLombardiaRules } from '../fixtures/schemes';
import { newlyUntranslatedTexts, untranslatedTexts } from './untranslated-texts';

describe('untranslated texts of a call’s rules', () => {
  it('names each missing language at its path, an empty one too', () => {
    const rules = {
      ...pidLombardiaRules,
      categories: [
        { ...pidLombardiaRules.categories[0], label: { en: 'Consulting', it: 'Consulenza' } },
        { ...pidLombardiaRules.categories[1], label: { en: 'Training', it: ' ', nl: 'Opleiding' } },
      ],
    };
    expect(untranslatedTexts(rules)).toEqual(['categories.0.label.nl', 'categories.1.label.it']);
  });

  it('finds none in a call whose every text is in the three languages', () => {
    expect(untranslatedTexts(pidLombardiaRules)).toEqual([]);
  });

  it('reads a text of white space or zero-width characters as not given', () => {
    expect(untranslatedTexts({ label: { en: 'Advice', it: '\u200b', nl: ' \ufeff' } })).toEqual([
      'label.it',
      'label.nl',
    ]);
  });

  it('asks an erratum only for the texts it adds or changes', () => {
    const before = { categories: [{ label: { en: 'Advice' } }], exclusions: [] };
    // The old English-only name is kept as it was: the correction is not refused for it.
    const kept = { ...before, totals: { rate: 4000 } };
    expect(newlyUntranslatedTexts(kept, before)).toEqual([]);
    // A renamed category, or a new reason, must come in the three languages.
    const renamed = { categories: [{ label: { en: 'Cybersecurity advice' } }], exclusions: [] };
    expect(newlyUntranslatedTexts(renamed, before)).toEqual([
      'categories.0.label.it',
      'categories.0.label.nl',
    ]);
    const added = { ...before, exclusions: [{ reason: { en: 'No leasing.', it: 'Niente leasing.' } }] };
    expect(newlyUntranslatedTexts(added, before)).toEqual(['exclusions.0.reason.nl']);
  });
});
