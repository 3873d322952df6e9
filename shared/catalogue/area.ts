/**
 * Where a call applies: regions as ISO 3166-2 codes, `national` when all 20 are listed (the portal has
 * no "all regions" value), `abroad` for `Estero` (cross-border programmes such as Interreg, IDs 1170 and
 * 790), municipalities and special areas.
 */
import { type MunicipalityScope, parseMunicipalities } from './municipalities';
import type { RawIncentive } from './raw-record-schema';
import { ABROAD_LABEL, COUNTRY_CODE, REGION_CODES, regionVocabulary } from './regions';
import { type SpecialArea, specialAreaVocabulary } from './special-areas';
import { mapList } from './vocabulary';
import { type CatalogueWarning, warn } from './warnings';

export interface CallArea {
  /** Listed regions, in a fixed order; all 20 when national. */
  regions: string[];
  national: boolean;
  abroad: boolean;
  municipalities: MunicipalityScope;
  specialAreas: SpecialArea[];
}

export function readArea(raw: RawIncentive): { area: CallArea; warnings: CatalogueWarning[] } {
  const regions = mapList(raw.Regioni, regionVocabulary);
  const specialAreas = mapList(raw.Ambito_territoriale, specialAreaVocabulary);
  const { municipalities, warnings: municipalityWarnings } = parseMunicipalities(raw.Comuni);
  const warnings = [...regions.warnings, ...specialAreas.warnings, ...municipalityWarnings];
  if (raw.Regioni === undefined) warnings.push(warn('REGIONS_ABSENT', {}, 'Regioni is absent: area unknown'));
  return {
    area: {
      regions: regions.codes,
      national: regions.codes.length === REGION_CODES.length,
      abroad: (raw.Regioni ?? []).some((r) => r.trim() === ABROAD_LABEL),
      municipalities,
      specialAreas: specialAreas.codes,
    },
    warnings,
  };
}

/** The area as the engine's region prefixes (call-rules-schema): `IT` for a national call. */
export function regionPrefixes(area: Pick<CallArea, 'regions' | 'national'>): string[] {
  return area.national ? [COUNTRY_CODE] : area.regions;
}
