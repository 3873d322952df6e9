/**
 * Words for the catalogue's codes in the reader's language: regions, purposes, forms of aid, sectors,
 * applicant types and special areas, from the names shared/catalogue keeps beside each code (Italian,
 * English, Dutch). People read these, never the codes ('IT-25', 'digitalisation'). Codes reach the page
 * from the API, so they are looked up in Maps, never on plain objects.
 */
import { AID_FORM_LABELS } from '../../../../shared/catalogue/aid-forms';
import { APPLICANT_TYPE_LABELS } from '../../../../shared/catalogue/applicant-types';
import { COST_FAMILY_LABELS } from '../../../../shared/catalogue/cost-families';
import { PURPOSE_LABELS } from '../../../../shared/catalogue/purposes';
import { REGIONS, regionByCode } from '../../../../shared/catalogue/regions';
import { sectorByCode } from '../../../../shared/catalogue/sectors';
import { SPECIAL_AREA_LABELS } from '../../../../shared/catalogue/special-areas';
import type { Labels } from '../../../../shared/catalogue/vocabulary';
import { INTL_LOCALE, type Language } from '../../i18n/languages';

type Names = ReadonlyMap<string, Labels>;

const purposes: Names = new Map(Object.entries(PURPOSE_LABELS));
const aidForms: Names = new Map(Object.entries(AID_FORM_LABELS));
const applicantTypes: Names = new Map(Object.entries(APPLICANT_TYPE_LABELS));
const costFamilies: Names = new Map(Object.entries(COST_FAMILY_LABELS));
const specialAreas: Names = new Map(Object.entries(SPECIAL_AREA_LABELS));
const sectors: Names = new Map([...sectorByCode].map(([code, sector]) => [code, sector.name]));
const regions: Names = new Map([...regionByCode].map(([code, region]) => [code, region.name]));

/** Readable words for a code no list names ('green-transition' → 'green transition'). */
const words = (code: string) => code.replace(/-/g, ' ');

function nameIn(names: Names, language: Language) {
  return (code: string): string => names.get(code)?.[language] ?? words(code);
}

export interface CatalogueNames {
  region(code: string): string;
  purpose(code: string): string;
  aidForm(code: string): string;
  applicantType(code: string): string;
  costFamily(code: string): string;
  specialArea(code: string): string;
  sector(code: string): string;
  /** Options for a select: [code, name], sorted by name in the reader's language. */
  regionOptions(): readonly (readonly [string, string])[];
  purposeOptions(): readonly (readonly [string, string])[];
  aidFormOptions(): readonly (readonly [string, string])[];
}

const made = new Map<Language, CatalogueNames>();

function optionsOf(names: Names, language: Language, sorted: boolean) {
  const options = [...names].map(([code, name]) => [code, name[language]] as const);
  if (!sorted) return options;
  const collator = new Intl.Collator(INTL_LOCALE[language]);
  return options.sort(([, a], [, b]) => collator.compare(a, b));
}

export function catalogueNames(language: Language): CatalogueNames {
  let names = made.get(language);
  if (!names) {
    const regionOptions = optionsOf(new Map(REGIONS.map((r) => [r.code, r.name])), language, true);
    // Purposes and forms of aid keep the catalogue's own order (most asked first).
    const purposeOptions = optionsOf(purposes, language, false);
    const aidFormOptions = optionsOf(aidForms, language, false);
    names = {
      region: nameIn(regions, language),
      purpose: nameIn(purposes, language),
      aidForm: nameIn(aidForms, language),
      applicantType: nameIn(applicantTypes, language),
      costFamily: nameIn(costFamilies, language),
      specialArea: nameIn(specialAreas, language),
      sector: nameIn(sectors, language),
      regionOptions: () => regionOptions,
      purposeOptions: () => purposeOptions,
      aidFormOptions: () => aidFormOptions,
    };
    made.set(language, names);
  }
  return names;
}

const lists = new Map<Language, Intl.ListFormat>();

/** Names joined for a sentence in the reader's language ("Lombardy, Piedmont and Veneto"). */
export function joinNames(names: readonly string[], language: Language): string {
  let list = lists.get(language);
  if (!list) {
    // Made once per language: building an Intl formatter costs far more than using one (lib/format.ts).
    list = new Intl.ListFormat(INTL_LOCALE[language], { style: 'long', type: 'conjunction' });
    lists.set(language, list);
  }
  return list.format(names);
}
