/**
 * Language codes as words in the reader's language ("Italian and English", "italiano e inglese"), from
 * the browser's own Intl data: a consultancy's languages need no translation table of their own.
 */
import { currentLocale } from '../i18n/i18n';

export function languageList(codes: readonly string[], locale = currentLocale()): string {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    codes.map((code) => names.of(code) ?? code),
  );
}
