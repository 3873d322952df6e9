/**
 * Data-quality warnings of the catalogue importer: a closed list of codes, each with the values it was
 * built from and an English message, like the engine's explanations, so the web can word them in the
 * reader's language later and a stored call's warnings compare stably between imports.
 */

export const CATALOGUE_WARNING_CODES = [
  // shape of the raw record
  'UNKNOWN_FIELD',
  'FIELD_INVALID',
  'EMPTY_VALUE',
  'UNKNOWN_VALUE',
  'DUPLICATE_VALUES',
  // text
  'TEXT_CONTROL_CHARACTERS',
  'TEXT_NOT_NFC',
  'TEXT_STRAY_ACCENTS',
  'DESCRIPTION_HEADING_GLUED',
  // dates and the application window
  'DATE_INVALID',
  'DATE_FROM_UTC',
  'CLOSES_BEFORE_OPENS',
  'NOTE_SAYS_CLOSED',
  'NOTE_DATES_DIFFER',
  // money
  'AMOUNT_INVALID',
  'MIN_ABOVE_MAX',
  'MAX_UNKNOWN',
  'AID_MAX_ABOVE_SPEND_MAX',
  'CAP_MATCHES_BUDGET',
  'AID_MIN_DEFAULT',
  'BUDGET_FROM_PROSE',
  'BUDGET_AMBIGUOUS',
  'BUDGET_UNPARSED',
  'BUDGET_BELOW_AID_MAX',
  'BUDGET_TINY',
  // sectors
  'ATECO_EDITION_ASSUMED',
  'ATECO_INVALID_CODE',
  'ATECO_ABSENT',
  'ATECO_UNPARSED',
  'SECTOR_WITHOUT_ATECO',
  'ATECO_WITHOUT_SECTOR',
  // area
  'REGIONS_ABSENT',
  'REGIONS_ALMOST_NATIONAL',
  'LOCAL_BODY_ALL_REGIONS',
  'BODY_REGION_NOT_LISTED',
  'MUNICIPALITIES_PROSE',
  'MUNICIPALITY_NOT_IN_TEXT',
  // labels that the record's own text does not bear out
  'APPLICANT_TYPE_NOT_IN_TEXT',
  'AID_FORM_NOT_IN_TEXT',
  // links and copy-paste
  'LINK_INVALID',
  'LINK_GENERIC',
  'DUPLICATE_TITLE',
  'LEGAL_ACT_NAMES_OTHER_CALL',
  // found by reading the record, pinned to its raw hash
  'REVIEWED_ISSUE',
] as const;
export type CatalogueWarningCode = (typeof CATALOGUE_WARNING_CODES)[number];

export type WarningParam = string | number | boolean | string[] | number[];

export interface CatalogueWarning {
  code: CatalogueWarningCode;
  params: Record<string, WarningParam>;
  message: string;
}

export function warn(
  code: CatalogueWarningCode,
  params: Record<string, WarningParam>,
  message: string,
): CatalogueWarning {
  return { code, params, message };
}

/** The one-line form the CLI prints: `CODE: message`. */
export const warningLine = (w: CatalogueWarning) => `${w.code}: ${w.message}`;
