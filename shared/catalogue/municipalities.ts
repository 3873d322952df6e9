/**
 * `Comuni`: names separated by "; " (sometimes a trailing ";"), "Tutti i comuni", "Tutti", or prose such
 * as "Tutti i comuni (tranne per le regioni in transizione Abruzzo, Molise e Sardegna)" (ID 137), which
 * is kept whole and flagged: the exception is for a person to read.
 */
import { countValues, duplicateWarnings } from './vocabulary';
import { type CatalogueWarning, warn } from './warnings';

export type MunicipalityScope =
  | { kind: 'all'; note?: string }
  | { kind: 'listed'; names: string[] }
  | { kind: 'unspecified' };

export function parseMunicipalities(raw: string | undefined): {
  municipalities: MunicipalityScope;
  warnings: CatalogueWarning[];
} {
  if (raw === undefined) return { municipalities: { kind: 'unspecified' }, warnings: [] };
  const text = raw.trim();
  if (/^tutti(\s+i\s+comuni)?[.;]?$/i.test(text)) return { municipalities: { kind: 'all' }, warnings: [] };
  if (/^tutti\b/i.test(text))
    return {
      municipalities: { kind: 'all', note: text },
      warnings: [
        warn(
          'MUNICIPALITIES_PROSE',
          { text },
          `Comuni is prose ("${text}"); read as all municipalities, with a note`,
        ),
      ],
    };
  const counts = countValues(text.split(';'));
  return {
    municipalities: { kind: 'listed', names: [...counts.keys()] },
    warnings: duplicateWarnings('Comuni', counts),
  };
}
