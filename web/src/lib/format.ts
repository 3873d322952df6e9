/** Money and dates formatted with Intl for the reader's locale; deadlines shown in the call's own zone. */
export function formatCents(cents: number, locale = navigator.language): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function formatDeadline(iso: string, timeZone: string, locale = navigator.language): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone, timeZoneName: 'short' }).format(
    new Date(iso),
  );
}
