/**
 * The raw shapes of incentivi.gov.it's JSON: the Solr response envelope `{response:{numFound,docs}}` and
 * the compact export, a bare array of docs. A doc's fields are the portal's aliases; an empty field is
 * absent (Solr omits it). Each field is checked on its own, so one malformed field costs a warning, not
 * the record; only a record without a usable id or title is rejected.
 */
import * as z from 'zod';

export const solrEnvelopeSchema = z.looseObject({
  response: z.looseObject({
    numFound: z.number().int().min(0).optional(),
    docs: z.array(z.unknown()),
  }),
});
export const compactExportSchema = z.array(z.unknown());

/** A doc must at least be a JSON object (not an array, not null). */
export const rawDocSchema = z.record(z.string(), z.unknown());

export const sourceIdSchema = z
  .string()
  .regex(/^\d{1,12}$/, { error: 'must be the portal node id, digits only' });

const text = z.string();
/** Lists are arrays of strings; a lone string is taken as a one-value list. */
const list = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.string()));

export const RAW_TEXT_FIELDS = [
  'Titolo',
  'Descrizione',
  'Data_apertura',
  'Data_chiusura',
  'Note_di_apertura_chiusura',
  'Spesa_Ammessa_min',
  'Spesa_Ammessa_max',
  'Agevolazione_Concedibile_min',
  'Agevolazione_Concedibile_max',
  'Codici_ATECO',
  'Comuni',
  'Soggetto_Concedente',
  'Base_normativa_primaria',
  'Base_normativa_secondaria',
  'Provvedimento_attuativo',
  'Gazzetta_ufficiale',
  'Stanziamento_incentivo',
  'Link_istituzionale',
  'Altre_caratteristiche',
  'Data_ultimo_aggiornamento',
] as const;

export const RAW_LIST_FIELDS = [
  'Obiettivo_Finalita',
  'Dimensioni',
  'Tipologia_Soggetto',
  'Forma_agevolazione',
  'Costi_Ammessi',
  'Settore_Attivita',
  'Regioni',
  'Ambito_territoriale',
] as const;

export type RawTextField = (typeof RAW_TEXT_FIELDS)[number];
export type RawListField = (typeof RAW_LIST_FIELDS)[number];

/** A doc once each field has been checked: only the portal's own fields, every one but the id optional. */
export type RawIncentive = { ID_Incentivo: string } & Partial<Record<RawTextField, string>> &
  Partial<Record<RawListField, string[]>>;

export const textFieldSchema = text;
export const listFieldSchema = list;

export const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  'ID_Incentivo',
  ...RAW_TEXT_FIELDS,
  ...RAW_LIST_FIELDS,
]);
