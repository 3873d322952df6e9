/**
 * A call's own words (the names of its categories, ranges and premiums, the reasons of its exclusions)
 * reach SMEs on the report, the matches and the review PDF in the reader's language: Italian, Dutch or
 * English. A call is published, or corrected, only with each of them in all three, or a reader would get
 * another language's words. Drafts may lack them. Pure.
 */

/** The languages every text of a published call's rules is given in. */
export const CALL_TEXT_LANGUAGES = ['it', 'nl', 'en'] as const;

/**
 * The path of each language missing from a text of `rules` (`categories.0.label.nl`), in the order met.
 * A text is any object with an English string (`{ en, it?, nl? }`, the rules schema's LocalizedText).
 */
export function untranslatedTexts(rules: unknown, path: readonly string[] = []): string[] {
  if (Array.isArray(rules)) return rules.flatMap((item, i) => untranslatedTexts(item, [...path, String(i)]));
  if (rules === null || typeof rules !== 'object') return [];
  const record = rules as Record<string, unknown>;
  if (typeof record.en === 'string') {
    return CALL_TEXT_LANGUAGES.filter((language) => {
      const text = record[language];
      return typeof text !== 'string' || text.trim() === '';
    }).map((language) => [...path, language].join('.'));
  }
  return Object.entries(record).flatMap(([key, value]) => untranslatedTexts(value, [...path, key]));
}

/** What the API says at each missing text's field (English, for developers; pages say it in words). */
export const UNTRANSLATED_MESSAGE =
  'is missing: every text of a published call is given in Italian, Dutch and English';
