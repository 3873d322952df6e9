/**
 * One doc of the export → the portal's fields, checked one by one. Blank values ("" or null, which some
 * third-party copies write instead of omitting the field) count as absent, with a warning.
 */
import {
  KNOWN_FIELDS,
  listFieldSchema,
  RAW_LIST_FIELDS,
  RAW_TEXT_FIELDS,
  type RawIncentive,
  rawDocSchema,
  sourceIdSchema,
  textFieldSchema,
} from './raw-record-schema';
import { type CatalogueWarning, warn } from './warnings';

export interface Rejection {
  code: 'NOT_AN_OBJECT' | 'MISSING_ID' | 'INVALID_ID' | 'MISSING_TITLE' | 'DUPLICATE_ID';
  message: string;
}

export type ReadDoc =
  | { ok: true; raw: RawIncentive; warnings: CatalogueWarning[] }
  | { ok: false; sourceId?: string; reason: Rejection };

const isBlank = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '');

export function readRawDoc(doc: unknown): ReadDoc {
  const parsed = rawDocSchema.safeParse(doc);
  if (!parsed.success)
    return { ok: false, reason: { code: 'NOT_AN_OBJECT', message: 'the record is not a JSON object' } };
  // The original object, not zod's copy: copying assigns keys, and assigning "__proto__" would swap the
  // copy's prototype instead of keeping the key as data.
  const fields = doc as Record<string, unknown>;
  // Own properties only: the record is untrusted, and an inherited name must never read as a field.
  const get = (name: string): unknown => (Object.hasOwn(fields, name) ? fields[name] : undefined);

  const rawId = get('ID_Incentivo');
  if (rawId === undefined || isBlank(rawId))
    return { ok: false, reason: { code: 'MISSING_ID', message: 'the record has no ID_Incentivo' } };
  const id = sourceIdSchema.safeParse(rawId);
  if (!id.success)
    return {
      ok: false,
      reason: {
        code: 'INVALID_ID',
        message: `ID_Incentivo ${JSON.stringify(rawId)} is not a portal node id (digits)`,
      },
    };

  const warnings: CatalogueWarning[] = [];
  const raw: RawIncentive = { ID_Incentivo: id.data };
  const blank = (field: string) =>
    warnings.push(
      warn('EMPTY_VALUE', { field }, `${field} is blank; the portal omits empty fields, read as absent`),
    );
  const invalid = (field: string, expected: string) =>
    warnings.push(warn('FIELD_INVALID', { field, expected }, `${field} is not ${expected}; ignored`));

  for (const field of RAW_TEXT_FIELDS) {
    const value = get(field);
    if (value === undefined) continue;
    if (isBlank(value)) blank(field);
    else {
      const checked = textFieldSchema.safeParse(value);
      if (checked.success) raw[field] = checked.data;
      else invalid(field, 'a string');
    }
  }
  for (const field of RAW_LIST_FIELDS) {
    const value = get(field);
    if (value === undefined) continue;
    if (isBlank(value)) blank(field);
    else {
      const checked = listFieldSchema.safeParse(value);
      if (checked.success) raw[field] = checked.data;
      else invalid(field, 'a list of strings');
    }
  }
  for (const name of Object.keys(fields))
    if (!KNOWN_FIELDS.has(name))
      warnings.push(
        warn('UNKNOWN_FIELD', { field: name }, `the record has a field "${name}" the portal does not export`),
      );

  if (raw.Titolo === undefined || raw.Titolo.trim() === '')
    return {
      ok: false,
      sourceId: id.data,
      reason: { code: 'MISSING_TITLE', message: 'the record has no Titolo' },
    };
  return { ok: true, raw, warnings };
}
