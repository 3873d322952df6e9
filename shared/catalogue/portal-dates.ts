/**
 * `Data_apertura`/`Data_chiusura` carry no zone. Most are `T00:00:00`: a plain date in Italy. The others
 * are UTC renderings of Italian local time: `2019-12-31T23:00:00` is 1 January 2020 (CET),
 * `2021-07-27T22:00:00` is 28 July (CEST), `2023-06-01T10:00:00` is noon on 1 June (ID 185). So a
 * non-midnight time is read as UTC and converted to Europe/Rome; if that lands on local midnight it is a
 * plain date again. Every moment is written ISO-8601 with the offset Rome has on that date.
 */
import type { CalendarDate } from '../time/calendar-date';
import { offsetMinutesAt, zonedWallTimeToIso } from '../time/zoned-date-time';
import { type CatalogueWarning, warn } from './warnings';

export const CATALOGUE_TIME_ZONE = 'Europe/Rome';

export interface PortalMoment {
  /** The day in Italy. */
  date: CalendarDate;
  /**
   * The instant with Rome's offset. A plain opening date opens at 00:00:00; a plain closing date closes
   * at the end of that day, written as 23:59:59 so the day shown is the day the portal shows.
   */
  at: string;
  precision: 'day' | 'time';
}

const PORTAL_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const dayMoment = (date: CalendarDate, role: 'opens' | 'closes'): PortalMoment => ({
  date,
  at: zonedWallTimeToIso(`${date}T${role === 'opens' ? '00:00:00' : '23:59:59'}`, CATALOGUE_TIME_ZONE),
  precision: 'day',
});

export function parsePortalDate(
  field: string,
  raw: string,
  role: 'opens' | 'closes',
): { moment?: PortalMoment; warnings: CatalogueWarning[] } {
  const m = PORTAL_DATE.exec(raw.trim());
  const [y, mo, d, h, mi, s] = (m?.slice(1) ?? []).map((part) => (part === undefined ? 0 : Number(part)));
  if (
    !m ||
    y === undefined ||
    mo === undefined ||
    d === undefined ||
    !isCalendarDate(y, mo, d) ||
    (h ?? 0) > 23
  )
    return { warnings: [warn('DATE_INVALID', { field, raw }, `${field} "${raw}" is not a date`)] };
  const written = raw.trim().slice(0, 10);
  if (!h && !mi && !s) return { moment: dayMoment(written, role), warnings: [] };
  const instant = Date.UTC(y, mo - 1, d, h ?? 0, mi ?? 0, s ?? 0);
  const offset = offsetMinutesAt(new Date(instant), CATALOGUE_TIME_ZONE);
  const wall = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  const moment: PortalMoment = wall.endsWith('T00:00:00')
    ? dayMoment(wall.slice(0, 10), role)
    : { date: wall.slice(0, 10), at: zonedWallTimeToIso(wall, CATALOGUE_TIME_ZONE), precision: 'time' };
  const shown = moment.precision === 'day' ? moment.date : moment.at;
  return {
    moment,
    warnings: [
      warn(
        'DATE_FROM_UTC',
        { field, raw, local: shown },
        `${field} "${raw}" is a UTC rendering; in Italy it is ${shown}`,
      ),
    ],
  };
}

/** `Data_ultimo_aggiornamento` is UTC with a `Z`; kept as an ISO instant. */
export function parseUpdatedAt(raw: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(raw)) return undefined;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace('.000Z', 'Z');
}
