/**
 * Italy's 20 regions as the portal names them, mapped to the ISO 3166-2 codes the rest of GrantFit uses
 * for areas ('IT-25' Lombardia; see call-rules-schema's region prefixes and company regionCodes). The
 * portal has no "all regions" value: a national call lists all 20, so `national` is derived.
 */
import type { Labels } from './vocabulary';
import { vocabulary } from './vocabulary';

export interface Region {
  code: string;
  /** The portal's label, exactly as exported (official bilingual names included). */
  source: string;
  name: Labels;
  /** How the region shows up inside a granting body's name ("Camera di Commercio della Lombardia"). */
  mentioned: RegExp;
}

export const COUNTRY_CODE = 'IT';
/** `Estero` (abroad) is listed next to regions by cross-border programmes such as Interreg. */
export const ABROAD_LABEL = 'Estero';

export const REGIONS: readonly Region[] = [
  {
    code: 'IT-65',
    source: 'Abruzzo',
    name: { it: 'Abruzzo', en: 'Abruzzo', nl: 'Abruzzen' },
    mentioned: /\babruzz/i,
  },
  {
    code: 'IT-77',
    source: 'Basilicata',
    name: { it: 'Basilicata', en: 'Basilicata', nl: 'Basilicata' },
    mentioned: /\bbasilicata\b/i,
  },
  {
    code: 'IT-78',
    source: 'Calabria',
    name: { it: 'Calabria', en: 'Calabria', nl: 'Calabrië' },
    mentioned: /\bcalabria\b/i,
  },
  {
    code: 'IT-72',
    source: 'Campania',
    name: { it: 'Campania', en: 'Campania', nl: 'Campanië' },
    mentioned: /\bcampania\b/i,
  },
  {
    code: 'IT-45',
    source: 'Emilia-Romagna',
    name: { it: 'Emilia-Romagna', en: 'Emilia-Romagna', nl: 'Emilia-Romagna' },
    mentioned: /\bemilia\b/i,
  },
  {
    code: 'IT-36',
    source: 'Friuli-Venezia Giulia',
    name: { it: 'Friuli-Venezia Giulia', en: 'Friuli Venezia Giulia', nl: 'Friuli-Venezia Giulia' },
    mentioned: /\bfriuli\b/i,
  },
  {
    code: 'IT-62',
    source: 'Lazio',
    name: { it: 'Lazio', en: 'Lazio', nl: 'Lazio' },
    mentioned: /\blazio\b/i,
  },
  {
    code: 'IT-42',
    source: 'Liguria',
    name: { it: 'Liguria', en: 'Liguria', nl: 'Ligurië' },
    mentioned: /\bliguri/i,
  },
  {
    code: 'IT-25',
    source: 'Lombardia',
    name: { it: 'Lombardia', en: 'Lombardy', nl: 'Lombardije' },
    mentioned: /\blombard/i,
  },
  {
    code: 'IT-57',
    source: 'Marche',
    name: { it: 'Marche', en: 'Marche', nl: 'Marche' },
    mentioned: /\bmarche\b/i,
  },
  {
    code: 'IT-67',
    source: 'Molise',
    name: { it: 'Molise', en: 'Molise', nl: 'Molise' },
    mentioned: /\bmolise\b/i,
  },
  {
    code: 'IT-21',
    source: 'Piemonte',
    name: { it: 'Piemonte', en: 'Piedmont', nl: 'Piëmont' },
    mentioned: /\bpiemont/i,
  },
  {
    code: 'IT-75',
    source: 'Puglia',
    name: { it: 'Puglia', en: 'Apulia', nl: 'Apulië' },
    mentioned: /\bpuglia\b/i,
  },
  {
    code: 'IT-88',
    source: 'Sardegna',
    name: { it: 'Sardegna', en: 'Sardinia', nl: 'Sardinië' },
    mentioned: /\bsardegna\b/i,
  },
  {
    code: 'IT-82',
    source: 'Sicilia',
    name: { it: 'Sicilia', en: 'Sicily', nl: 'Sicilië' },
    mentioned: /\bsicili/i,
  },
  {
    code: 'IT-52',
    source: 'Toscana',
    name: { it: 'Toscana', en: 'Tuscany', nl: 'Toscane' },
    mentioned: /\btoscana\b/i,
  },
  {
    code: 'IT-32',
    source: 'Trentino-Alto Adige/Südtirol',
    name: { it: 'Trentino-Alto Adige/Südtirol', en: 'Trentino-South Tyrol', nl: 'Trentino-Zuid-Tirol' },
    mentioned: /\b(trentino|alto adige|bolzano|trento)\b|südtirol/i,
  },
  {
    code: 'IT-55',
    source: 'Umbria',
    name: { it: 'Umbria', en: 'Umbria', nl: 'Umbrië' },
    mentioned: /\bumbria\b/i,
  },
  {
    code: 'IT-23',
    source: "Valle d'Aosta/Vallée d'Aoste",
    name: { it: "Valle d'Aosta/Vallée d'Aoste", en: 'Aosta Valley', nl: 'Valle d’Aosta' },
    mentioned: /\baosta\b/i,
  },
  {
    code: 'IT-34',
    source: 'Veneto',
    name: { it: 'Veneto', en: 'Veneto', nl: 'Veneto' },
    mentioned: /\bveneto\b/i,
  },
];

export const REGION_CODES = REGIONS.map((r) => r.code);
export const regionByCode: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));

/** `Estero` maps to no code: it is carried as the `abroad` flag. */
export const regionVocabulary = vocabulary<string>('Regioni', REGION_CODES, [
  ...REGIONS.map((r) => ({ source: r.source, codes: [r.code] })),
  { source: ABROAD_LABEL, codes: [] },
]);
