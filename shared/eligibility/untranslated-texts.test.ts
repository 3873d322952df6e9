import { describe, expect, it } from 'vitest';
import { pidLombardiaRules } from '../fixtures/schemes';
import { untranslatedTexts } from './untranslated-texts';

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
});
