/** Money and dates formatted with Intl for the language on screen; deadlines shown in the call's own zone. */
import { currentLocale } from '../i18n/i18n';

// Building an Intl formatter costs far more than using one (a list of fifty calls built a hundred), so
// each locale (and time zone) gets one, made on first use.
function cache<F>(make: (key: string) => F): (key: string) => F {
  const made = new Map<string, F>();
  return (key) => {
    let formatter = made.get(key);
    if (formatter === undefined) {
      formatter = make(key);
      made.set(key, formatter);
    }
    return formatter;
  };
}
const money = cache((locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }));

/**
 * Builds the money formatter for `locale` ahead of its first use. The first currency formatter a page
 * makes loads the browser's currency data — about 120 ms of a throttled phone's main thread, measured
 * inside the report page's first render, which its largest paint waited for. Made while the first
 * screen's data is still on its way, it costs that screen nothing.
 */
export function prepareMoneyFormat(locale: string): void {
  money(locale);
}
// dateStyle/timeStyle cannot be combined with timeZoneName, so the fields are listed one by one.
const deadline = cache((key) => {
  const [locale, timeZone] = key.split(' ');
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
});

export function formatCents(cents: number, locale = currentLocale()): string {
  return money(locale).format(cents / 100);
}

const percent = cache(
  (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
);
const plainNumber = cache(
  (locale) => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }),
);
const calendarDate = cache(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
);

/** Basis points as a percentage: 5000 → "50 %" (in the locale's own way). */
export function formatBasisPoints(bp: number, locale = currentLocale()): string {
  return percent(locale).format(bp / 10_000);
}

/** A count or share as typed: no grouping, at most two decimals. */
export function formatNumber(value: number, locale = currentLocale()): string {
  return plainNumber(locale).format(value);
}

const dayOfYear = cache(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
);

/** A day of the year given as MM-DD ("06-30") as "30 June" in the reader's language. */
export function formatMonthDay(monthDay: string, locale = currentLocale()): string {
  const [month, day] = monthDay.split('-').map(Number);
  return dayOfYear(locale).format(new Date(Date.UTC(2001, (month ?? 12) - 1, day ?? 31)));
}

/** A calendar day (2026-03-01) as "1 Mar 2026", the same day wherever the reader is. */
export function formatCalendarDate(isoDate: string, locale = currentLocale()): string {
  return calendarDate(locale).format(new Date(`${isoDate}T00:00:00Z`));
}

const moment = cache((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long' }));

/** An instant (a receipt, a signature) as "1 December 2026 at 10:32:15 CET", in the reader's own zone. */
export function formatMoment(iso: string, locale = currentLocale()): string {
  return moment(locale).format(new Date(iso));
}

/** "30 June 2099, 17:00 CEST": the wall time where the call closes, with its zone spelled out. */
export function formatDeadline(iso: string, timeZone: string, locale = currentLocale()): string {
  return deadline(`${locale} ${timeZone}`).format(new Date(iso));
}

/**
 * A hash as people compare it: its hex digits without the algorithm's name, which reads as a code
 * ('sha256:d2b11a93d820…' → 'd2b11a93d820'); the first 12 digits by default, enough to tell two
 * versions of a call's rules apart, or all of them where a signature is checked.
 */
export function fingerprint(hash: string, digits = 12): string {
  return hash.replace(/^sha256:/, '').slice(0, digits);
}
