/**
 * The portal's list fields use closed vocabularies of Italian labels. A label maps to one or more of our
 * codes through a Map (labels are untrusted text: a plain-object lookup would find `constructor`).
 * Lists come in arbitrary order and with duplicates, so codes come out de-duplicated, in vocabulary order.
 */
import { type CatalogueWarning, warn } from './warnings';

/** Names for the web: Italian (the portal's own wording where there is one), English and Dutch. */
export interface Labels {
  it: string;
  en: string;
  nl: string;
}

export interface VocabularyEntry<C extends string> {
  /** The portal's label, exactly as exported. */
  source: string;
  codes: readonly C[];
}

export interface Vocabulary<C extends string> {
  field: string;
  order: readonly C[];
  byLabel: ReadonlyMap<string, readonly C[]>;
}

export function vocabulary<C extends string>(
  field: string,
  order: readonly C[],
  entries: readonly VocabularyEntry<C>[],
): Vocabulary<C> {
  return { field, order, byLabel: new Map(entries.map((e) => [e.source, e.codes])) };
}

/** Counts each value of a list (after trimming), keeping first-seen order. */
export function countValues(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const raw of values) {
    const value = raw.trim();
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export function duplicateWarnings(field: string, counts: ReadonlyMap<string, number>): CatalogueWarning[] {
  return [...counts]
    .filter(([, count]) => count > 1)
    .map(([value, count]) =>
      warn('DUPLICATE_VALUES', { field, value, count }, `${field} lists "${value}" ${count} times`),
    );
}

export interface MappedList<C extends string> {
  codes: C[];
  /** Labels of the source that are not in the vocabulary, de-duplicated. */
  unknown: string[];
  warnings: CatalogueWarning[];
}

export function mapList<C extends string>(
  values: readonly string[] | undefined,
  vocab: Vocabulary<C>,
): MappedList<C> {
  const counts = countValues(values ?? []);
  const found = new Set<C>();
  const unknown: string[] = [];
  for (const value of counts.keys()) {
    const codes = vocab.byLabel.get(value);
    if (codes) for (const code of codes) found.add(code);
    else unknown.push(value);
  }
  const warnings = [
    ...duplicateWarnings(vocab.field, counts),
    ...unknown.map((value) =>
      warn('UNKNOWN_VALUE', { field: vocab.field, value }, `${vocab.field} has an unknown value "${value}"`),
    ),
  ];
  return { codes: vocab.order.filter((code) => found.has(code)), unknown, warnings };
}
