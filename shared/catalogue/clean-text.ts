/**
 * Free text from the portal can hold control characters (ID 7872 has U+0001 escapes) and decomposed
 * accents (ID 8139 has combining grave accents, U+0300). Stored and searched text is NFC with control
 * characters removed, so "è" typed by a user finds "è" written as "e" + U+0300, and a doubled accent
 * ("à" + U+0300) is reduced to the letter NFC would have written.
 */
import { type CatalogueWarning, warn } from './warnings';

// C0 and C1 controls except tab, line feed and carriage return, which are ordinary whitespace here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const STRAY_MARK = /(?<=[àèéìíòóùúÀÈÉÌÍÒÓÙÚ])\p{M}+/gu;

export interface CleanText {
  text: string;
  warnings: CatalogueWarning[];
}

export function cleanText(field: string, raw: string): CleanText {
  const warnings: CatalogueWarning[] = [];
  const controls = raw.match(CONTROL)?.length ?? 0;
  if (controls > 0)
    warnings.push(
      warn(
        'TEXT_CONTROL_CHARACTERS',
        { field, count: controls },
        `${field} holds ${controls} control character(s); removed`,
      ),
    );
  const stripped = raw.replace(CONTROL, ' ');
  const composed = stripped.normalize('NFC');
  if (composed !== stripped)
    warnings.push(
      warn(
        'TEXT_NOT_NFC',
        { field },
        `${field} has decomposed characters (e.g. combining accents); normalised to NFC`,
      ),
    );
  // A combining accent left after NFC sits on a letter that already has one ("à" + U+0300 in ID 8139).
  const stray = composed.match(STRAY_MARK)?.length ?? 0;
  if (stray > 0)
    warnings.push(
      warn('TEXT_STRAY_ACCENTS', { field, count: stray }, `${field} has ${stray} doubled accent(s); removed`),
    );
  const text = composed.replace(STRAY_MARK, '');
  return { text: text.replace(/[ \t]{2,}/g, ' ').trim(), warnings };
}
