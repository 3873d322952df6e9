/**
 * A call's own words (the names of its categories, ranges and premiums, the reasons of its exclusions)
 * reach SMEs on the report, the matches and the review PDF in the reader's language: Italian, Dutch or
 * English. A call is published, or corrected, only with each of them in all three, or a reader would get
 * another language's words. Drafts may lack them. Pure.
 */

/** White space and the zero-width characters that show nothing: a text of only these is not given. */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;

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
      return typeof text !== 'string' || text.replace(INVISIBLE, '') === '';
    }).map((language) => [...path, language].join('.'));
  }
  return Object.entries(record).flatMap(([key, value]) => untranslatedTexts(value, [...path, key]));
}

/** The value at a dotted path of `value` ('categories.0.label'), if there is one. */
function at(value: unknown, path: readonly string[]): unknown {
  let here: unknown = value;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, key)) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

/**
 * The untranslated texts of `rules` that are new or changed since `before`: a call published before
 * every text was asked in three languages can still be corrected (a later deadline, a fixed rate), and
 * only the texts an erratum writes must be complete.
 */
export function newlyUntranslatedTexts(rules: unknown, before: unknown): string[] {
  return untranslatedTexts(rules).filter((path) => {
    const text = path.split('.').slice(0, -1);
    return JSON.stringify(at(rules, text)) !== JSON.stringify(at(before, text));
  });
}

/** Missing languages (paths as untranslatedTexts gives them) grouped by the text they belong to. */
export function byText(paths: readonly string[]): { text: string; languages: string[] }[] {
  const texts = new Map<string, string[]>();
  for (const path of paths) {
    const cut = path.lastIndexOf('.');
    const text = path.slice(0, cut);
    texts.set(text, [...(texts.get(text) ?? []), path.slice(cut + 1)]);
  }
  return [...texts].map(([text, languages]) => ({ text, languages }));
}

/** What the API says at each missing text's field (English, for developers; pages say it in words). */
export const UNTRANSLATED_MESSAGE =
  'is missing: every text of a published call is given in Italian, Dutch and English';
