/**
 * A call's de minimis rule in plain words — under which regulation the grant is de minimis aid, what
 * happens when it would pass the company's headroom, and lower ceilings for some sectors — read from
 * and written into the rules JSON (the one source of truth, checked in full by the schema).
 */
import { DE_MINIMIS_REGULATIONS } from '../../../../../shared/companies/de-minimis-regulations';
import { isOneOf, readAt, text, writeAt } from './rules-figures';

type Json = Record<string, unknown>;

/** 'none': the grant is not de minimis aid (or the call does not say), so no headroom is checked. */
export const REGULATION_CHOICES = ['none', ...DE_MINIMIS_REGULATIONS] as const;
export type RegulationChoice = (typeof REGULATION_CHOICES)[number];
export const EXCESS_CHOICES = ['cut', 'refuse'] as const;
export type ExcessChoice = (typeof EXCESS_CHOICES)[number];

export interface SectorCeiling {
  /** NACE/ATECO codes or prefixes ('49.41'). */
  sectors: string[];
  cents: number;
  article: string;
}

export interface DeMinimisRule {
  regulation: RegulationChoice;
  onExcess: ExcessChoice;
  article: string;
  ceilings: SectorCeiling[];
}

const PATH = ['deMinimis'] as const;

/** A ceiling citing the rule's own article reads as citing nothing of its own ("the one above"). */
function readCeilings(json: Json, ruleArticle: string): SectorCeiling[] {
  const list = readAt(json, [...PATH, 'sectorCeilings']);
  if (!Array.isArray(list)) return [];
  return list.map((entry: unknown) => {
    const sectors = readAt(entry, ['sectors']);
    const cents = readAt(entry, ['cents']);
    const article = text(readAt(entry, ['article']));
    return {
      sectors: Array.isArray(sectors) ? sectors.filter((s): s is string => typeof s === 'string') : [],
      cents: typeof cents === 'number' ? cents : 0,
      article: article === ruleArticle ? '' : article,
    };
  });
}

export function readDeMinimis(json: Json): DeMinimisRule {
  const regulation = readAt(json, [...PATH, 'regulation']);
  const onExcess = readAt(json, [...PATH, 'onExcess']);
  const article = text(readAt(json, [...PATH, 'article']));
  return {
    regulation: isOneOf(DE_MINIMIS_REGULATIONS, regulation) ? regulation : 'none',
    onExcess: isOneOf(EXCESS_CHOICES, onExcess) ? onExcess : 'cut',
    article,
    ceilings: readCeilings(json, article),
  };
}

/**
 * Writes the whole rule; 'none' removes it. A rule needs an article, so an empty one falls back to the
 * article on the call's totals until the association names the right one, and a sector ceiling without
 * its own article cites the rule's. Ceilings stay as typed (an empty one fails the full check, named).
 */
export function writeDeMinimis(json: Json, rule: DeMinimisRule): Json {
  if (rule.regulation === 'none') return writeAt(json, [...PATH], undefined);
  const article = rule.article.trim() || text(readAt(json, ['totals', 'article'])) || '-';
  return writeAt(json, [...PATH], {
    article,
    regulation: rule.regulation,
    onExcess: rule.onExcess,
    ...(rule.ceilings.length > 0
      ? {
          sectorCeilings: rule.ceilings.map((c) => ({
            article: c.article.trim() || article,
            sectors: c.sectors,
            cents: c.cents,
          })),
        }
      : {}),
  });
}

/**
 * A NACE/ATECO code or prefix, typed ('49.41', 'H49.41') or picked from the list ('49.41 — Freight…'):
 * the whole entry is the code, optionally after its section letter and before " — its name".
 */
const ENTRY = /^(?:[A-Za-z]\s*)?(\d{2}(?:\.\d{1,2}){0,2})(?:\s+[—–-]\s.*)?$/;

/** Sector codes from a comma-separated list, as the engine matches them; `undefined` when an entry is not one. */
export function parseSectors(input: string): string[] | undefined {
  const entries = input
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const codes = entries.map((entry) => ENTRY.exec(entry)?.[1]);
  return codes.every((code) => code !== undefined) ? codes : undefined;
}
