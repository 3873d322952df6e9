/**
 * Words for codes: spend types, tags, declarations, provider lists, units, line statuses, sectors and
 * places, in the reader's language. People read these, never the codes (`technology:crm`, `IT-MI`).
 * The texts are the lazily loaded `labels` namespace (routes load it with their page); places come from
 * shared/places. Codes are user-reachable text, so they are looked up in Maps, never on plain objects.
 */
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { placeName } from '../../../shared/places/regions';
import type { Language } from '../i18n/languages';
import type { Messages } from '../i18n/locales/labels/en';

type Group = Exclude<keyof Messages, 'unknownSupplier'>;

export interface Labels {
  language: Language;
  taxonomy(code: string): string;
  tag(code: string): string;
  declaration(code: string): string;
  list(code: string): string;
  unit(code: string): string;
  lineStatus(code: string): string;
  /** A NACE/ATECO code by its own name, else its division's ('47.78' reads as retail trade). */
  sector(code: string): string;
  region(code: string): string;
  /** What would change a refusal, by its code (with {{placeholders}}); 'link' names the link to the field. */
  nextStep(code: string): string;
  /** The report's money explanations (with {{placeholders}}). */
  reportMoney(key: string): string;
  /** Words for a supplier not chosen yet. */
  unknownSupplier: string;
  /** Every sector with a name, in code order: the picker's options. */
  sectors(): readonly (readonly [string, string])[];
}

/** Readable words for a code no list names: 'technology:digital-twin' → 'digital twin'. */
export function humanize(code: string): string {
  return (code.split(':').pop() ?? code).replace(/-/g, ' ');
}

const cache = new Map<string, Labels>();

function groupMap(bundle: Partial<Messages> | undefined, group: Group): Map<string, string> {
  return new Map(Object.entries(bundle?.[group] ?? {}));
}

/** Labels from a bundle (the `labels` namespace in one language); missing names fall back to words. */
export function labelsFrom(bundle: Partial<Messages> | undefined, language: Language): Labels {
  const maps = new Map(
    (
      [
        'taxonomy',
        'tags',
        'declarations',
        'lists',
        'units',
        'lineStatus',
        'nextSteps',
        'reportMoney',
        'sectors',
      ] as const
    ).map((g) => [g, groupMap(bundle, g)]),
  );
  const from = (group: Group) => (code: string) => maps.get(group)?.get(code) ?? humanize(code);
  const sectors = maps.get('sectors') ?? new Map<string, string>();
  const sectorName = (code: string): string => {
    const bare = code.replace(/^[A-Z]/, '');
    const parts = bare.split('.');
    for (let n = parts.length; n >= 1; n--) {
      const name = sectors.get(parts.slice(0, n).join('.'));
      if (name) return n === parts.length ? name : `${name} (${bare})`;
    }
    return bare;
  };
  const sorted = [...sectors.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    language,
    taxonomy: from('taxonomy'),
    tag: from('tags'),
    declaration: from('declarations'),
    list: from('lists'),
    unit: from('units'),
    lineStatus: from('lineStatus'),
    sector: sectorName,
    region: (code) => placeName(code, language) ?? code,
    nextStep: (code) => maps.get('nextSteps')?.get(code) ?? '',
    reportMoney: (key) => maps.get('reportMoney')?.get(key) ?? '',
    unknownSupplier: typeof bundle?.unknownSupplier === 'string' ? bundle.unknownSupplier : '—',
    sectors: () => sorted,
  };
}

/** The labels in `language`, as loaded (an empty bundle until the namespace is there). */
export function labelsIn(language: Language): Labels {
  // Store methods exist once i18next is initialised (always in the app; not in every unit test).
  const bundle = (i18next.store ? i18next.getResourceBundle(language, 'labels') : undefined) as
    | Partial<Messages>
    | undefined;
  const key = `${language}:${bundle ? 'loaded' : 'empty'}`;
  let labels = cache.get(key);
  if (!labels) {
    labels = labelsFrom(bundle, language);
    if (bundle) cache.set(key, labels);
  }
  return labels;
}

/** For components: the labels in the language on screen, re-rendering when it changes. */
export function useLabels(): Labels {
  const { i18n } = useTranslation();
  return labelsIn(i18n.language as Language);
}
