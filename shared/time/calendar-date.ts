/**
 * Calendar dates (an invoice date, a spend window) as ISO `YYYY-MM-DD`; they compare as strings.
 * Pure date arithmetic with no zod, so the engine loads in the browser without it; the schema that
 * checks the format at the edges is in ./calendar-date-schema.ts.
 */

export type CalendarDate = string;

/**
 * Whether a value is a real calendar day as `YYYY-MM-DD` (not "2026-02-30", not "…"), without the zod
 * schema: code the browser loads first (the report's next steps) reads the engine's dates with it.
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** Adds whole days to a calendar date, in UTC so no time zone shifts the day. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds whole years (29 Feb falls back to 28 Feb). */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** A month's position on a continuous scale (year × 12 + month), to count months between dates. */
export function monthIndex(date: CalendarDate): number {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}
