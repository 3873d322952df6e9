/**
 * `Codici_ATECO`: an "all sectors" sentence, or codes separated by "; " (sometimes a trailing ";"),
 * unsorted, two-level `NN.NN` with `NN.00` standing for a whole division, and since 2025 prefixed with
 * their edition ("ATECO 2007: …", "ATECO 2025: 82.1; 82.10"). ATECO 2025 renumbered codes, so a list
 * keeps its edition and a company code must be compared in the same edition.
 */
import { countValues, duplicateWarnings } from './vocabulary';
import { type CatalogueWarning, warn } from './warnings';

export type AtecoEdition = '2007' | '2025';

export type AtecoScope =
  | { kind: 'all-sectors'; sentence: string }
  | { kind: 'codes'; lists: AtecoList[] }
  | { kind: 'unspecified' };

export interface AtecoList {
  edition: AtecoEdition;
  /** False when the record gave no edition and 2007 (the only edition before April 2025) was assumed. */
  editionStated: boolean;
  /** Division ("62"), group ("82.1") or class ("62.01") codes, usable as prefixes; sorted. */
  codes: string[];
}

const FIELD = 'Codici_ATECO';
const ALL_SECTORS = /^tutti i (settori|codici)\b/i;
const EDITION_PREFIX = /ATECO\s*(2007|2025)\s*:/gi;
const CODE = /^\d{2}(?:\.\d{1,2}){0,2}$/;

/** `NN.00` is the portal's way of naming the whole division NN. */
const normaliseCode = (code: string) => code.replace(/^(\d{2})\.00?$/, '$1');

function parseCodes(body: string, edition: AtecoEdition, editionStated: boolean) {
  const warnings: CatalogueWarning[] = [];
  const counts = countValues(body.split(';'));
  warnings.push(...duplicateWarnings(FIELD, counts));
  const codes = new Set<string>();
  for (const raw of counts.keys()) {
    if (CODE.test(raw)) codes.add(normaliseCode(raw));
    else
      warnings.push(
        warn('ATECO_INVALID_CODE', { code: raw }, `${FIELD} has "${raw}", which is not an ATECO code`),
      );
  }
  const list: AtecoList = { edition, editionStated, codes: [...codes].sort() };
  return { list, warnings };
}

export function parseAteco(raw: string | undefined): { ateco: AtecoScope; warnings: CatalogueWarning[] } {
  if (raw === undefined)
    return {
      ateco: { kind: 'unspecified' },
      warnings: [warn('ATECO_ABSENT', {}, `${FIELD} is absent: sectors unknown`)],
    };
  const text = raw.trim();
  if (ALL_SECTORS.test(text)) return { ateco: { kind: 'all-sectors', sentence: text }, warnings: [] };
  const prefixes = [...text.matchAll(EDITION_PREFIX)];
  const sections: { edition: AtecoEdition; stated: boolean; body: string }[] = [];
  if (prefixes.length === 0) {
    sections.push({ edition: '2007', stated: false, body: text });
  } else {
    const before = text.slice(0, prefixes[0]?.index).replace(/[;\s]/g, '');
    if (before !== '')
      sections.push({ edition: '2007', stated: false, body: text.slice(0, prefixes[0]?.index) });
    prefixes.forEach((p, i) => {
      const start = (p.index ?? 0) + p[0].length;
      const end = prefixes[i + 1]?.index ?? text.length;
      sections.push({
        edition: p[1] === '2025' ? '2025' : '2007',
        stated: true,
        body: text.slice(start, end),
      });
    });
  }
  const warnings: CatalogueWarning[] = [];
  const lists: AtecoList[] = [];
  for (const s of sections) {
    const parsed = parseCodes(s.body, s.edition, s.stated);
    warnings.push(...parsed.warnings);
    if (parsed.list.codes.length > 0) lists.push(parsed.list);
    if (!s.stated && parsed.list.codes.length > 0)
      warnings.push(
        warn('ATECO_EDITION_ASSUMED', { edition: '2007' }, `${FIELD} names no edition; ATECO 2007 assumed`),
      );
  }
  if (lists.length === 0)
    return {
      ateco: { kind: 'unspecified' },
      warnings: [
        ...warnings,
        warn('ATECO_UNPARSED', { text }, `${FIELD} "${text}" is neither codes nor "all sectors"`),
      ],
    };
  return { ateco: { kind: 'codes', lists }, warnings };
}

/** The two-digit divisions a scope names, for cross-checks with the sector tags. */
export function atecoDivisions(ateco: AtecoScope): string[] {
  if (ateco.kind !== 'codes') return [];
  return [...new Set(ateco.lists.flatMap((l) => l.codes.map((c) => c.slice(0, 2))))].sort();
}
