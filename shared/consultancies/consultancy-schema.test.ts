import { describe, expect, it } from 'vitest';
import { consultancyListingInputSchema } from './consultancy-schema';

const listing = {
  name: 'Studio Bianchi',
  place: 'Milano',
  languages: ['it', 'en'],
  description: 'Grant advice for shops.',
  revision: 0,
};

describe('consultancy listing', () => {
  it('takes a name, a place, languages and a short description, trimmed', () => {
    const parsed = consultancyListingInputSchema.parse({ ...listing, name: '  Studio Bianchi ' });
    expect(parsed.name).toBe('Studio Bianchi');
    expect(consultancyListingInputSchema.parse({ ...listing, description: undefined }).description).toBe('');
    expect(
      consultancyListingInputSchema.safeParse({ ...listing, description: 'Line one.\nLine two.' }).success,
    ).toBe(true);
  });

  it('refuses text a list cannot show or a key cannot hold: control characters and half an emoji', () => {
    for (const name of ['Studio\u0000', 'Studio \ud800', 'Two\nlines', ' x '])
      expect(consultancyListingInputSchema.safeParse({ ...listing, name }).success, name).toBe(false);
    expect(consultancyListingInputSchema.safeParse({ ...listing, description: 'a\u0007' }).success).toBe(
      false,
    );
  });

  it('needs at least one known language, each once', () => {
    for (const languages of [[], ['it', 'it'], ['xx']])
      expect(
        consultancyListingInputSchema.safeParse({ ...listing, languages }).success,
        languages.join(','),
      ).toBe(false);
  });
});
