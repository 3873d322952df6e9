/**
 * The app's own words in one language, for browser tests that find fields and read results as a
 * reader of that language would: the same bundles the web app loads (first-load texts, the signed-in
 * pages' texts, the labels of codes) and the same money format. A key that does not exist throws, so a
 * renamed text fails the test where it is used rather than as a locator that never matches.
 */
import { placeName } from '../../../shared/places/regions';
import { INTL_LOCALE, type Language } from '../../../web/src/i18n/languages';
import { messages as en } from '../../../web/src/i18n/locales/en';
import { messages as it } from '../../../web/src/i18n/locales/it';
import { messages as enLabels } from '../../../web/src/i18n/locales/labels/en';
import { messages as itLabels } from '../../../web/src/i18n/locales/labels/it';
import { messages as nlLabels } from '../../../web/src/i18n/locales/labels/nl';
import { messages as nl } from '../../../web/src/i18n/locales/nl';
import { messages as enParts } from '../../../web/src/i18n/locales/parts/en';
import { messages as itParts } from '../../../web/src/i18n/locales/parts/it';
import { messages as nlParts } from '../../../web/src/i18n/locales/parts/nl';
import { type Labels, labelsFrom } from '../../../web/src/lib/labels';

const BUNDLES: Record<Language, readonly object[]> = {
  en: [en, enParts],
  it: [it, itParts],
  nl: [nl, nlParts],
};
const LABELS = { en: enLabels, it: itLabels, nl: nlLabels };

export interface Words {
  language: Language;
  /** A text by its key ('planEditor.save'), with its {{placeholders}} filled in. */
  t(key: string, values?: Record<string, string | number>): string;
  /** Names of codes (tags, declarations, places…), as the pages show them; a code without one throws. */
  labels: Labels;
  /** Euro cents as the pages write them in this language ('€3,050.00', '3050,00 €', '€ 3.050,00'), plain spaces. */
  money(cents: number): string;
  /** A share (0.04) as the pages write it ('4%', '4 %'), plain spaces. */
  percent(share: number): string;
}

function lookUp(bundle: object, path: string[]): unknown {
  let at: unknown = bundle;
  for (const part of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, part)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/**
 * The app's labels, except that a code the bundle does not name throws: the app falls back to readable
 * words (or nothing), which the page and a test built on the same fallback would agree on unseen.
 */
function strictLabels(language: Language): Labels {
  const labels = labelsFrom(LABELS[language], language);
  const named = (group: keyof (typeof LABELS)['en'], read: (code: string) => string) => (code: string) => {
    const bundle: unknown = LABELS[language][group];
    if (typeof bundle !== 'object' || bundle === null || !Object.hasOwn(bundle, code))
      throw new Error(`no ${group} label ${code} in ${language}`);
    return read(code);
  };
  return {
    ...labels,
    taxonomy: named('taxonomy', labels.taxonomy),
    tag: named('tags', labels.tag),
    declaration: named('declarations', labels.declaration),
    list: named('lists', labels.list),
    unit: named('units', labels.unit),
    lineStatus: named('lineStatus', labels.lineStatus),
    nextStep: named('nextSteps', labels.nextStep),
    reportMoney: named('reportMoney', labels.reportMoney),
    region: (code) => {
      const name = placeName(code, language);
      if (!name) throw new Error(`no place ${code} in ${language}`);
      return name;
    },
  };
}

export function wordsIn(language: Language): Words {
  const money = new Intl.NumberFormat(INTL_LOCALE[language], { style: 'currency', currency: 'EUR' });
  const percent = new Intl.NumberFormat(INTL_LOCALE[language], {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  return {
    language,
    t(key, values = {}) {
      const text = BUNDLES[language]
        .map((bundle) => lookUp(bundle, key.split('.')))
        .find((found) => typeof found === 'string');
      if (typeof text !== 'string') throw new Error(`no text ${key} in ${language}`);
      return fillIn(text, values);
    },
    labels: strictLabels(language),
    money: (cents) => plainSpaces(money.format(cents / 100)),
    percent: (share) => plainSpaces(percent.format(share)),
  };
}

/** A text's {{placeholders}} filled in; a placeholder without a value throws. */
export function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`"${text}" needs {{${name}}}`);
    return String(values[name]);
  });
}

/** Text with every kind of space read as one plain space: Node's and Chromium's money formats differ only there. */
export const plainSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();
