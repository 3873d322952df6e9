/** Money and dates formatted with Intl for the language on screen; deadlines shown in the call's own zone. */
import { currentLocale } from '../i18n/i18n';
export function formatCents(cents: number, locale = currentLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** "30 June 2099, 17:00 CEST": the wall time where the call closes, with its zone spelled out. */
export function formatDeadline(iso: string, timeZone: string, locale = currentLocale()): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the fields are listed one by one.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/**
 * A hash as people compare it: its hex digits without the algorithm's name, which reads as a code
 * ('sha256:d2b11a93d820…' → 'd2b11a93d820'); the first 12 digits by default, enough to tell two
 * versions of a call's rules apart, or all of them where a signature is checked.
 */
export function fingerprint(hash: string, digits = 12): string {
  return hash.replace(/^sha256:/, '').slice(0, digits);
}
