/**
 * Deadlines are local times in a named time zone (a call closes "at noon, Rome time"). We keep the
 * ISO-8601 instant with its explicit offset plus the IANA zone it was set in, and compare instants.
 */
import * as z from 'zod';

export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  local: false,
  error: 'must be an ISO-8601 date-time with a time zone offset, e.g. 2026-12-31T12:00:00+01:00',
});

function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isIanaTimeZone, { error: 'must be an IANA time zone such as Europe/Rome' });

/** Normalises an offset date-time to UTC `YYYY-MM-DDTHH:mm:ss.sssZ`, which sorts lexicographically. */
export function toUtcIso(isoWithOffset: string): string {
  return new Date(isoWithOffset).toISOString();
}

/** The zone's offset from UTC at an instant, in minutes (Europe/Rome in July → 120). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone means UTC
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Turns a wall-clock time in a zone ("2026-03-31T12:00" in Europe/Rome) into ISO-8601 with the
 * offset that zone had then ("2026-03-31T12:00:00+02:00"). A time skipped by a DST jump resolves
 * to the offset before the jump, like most calendars do.
 */
export function zonedWallTimeToIso(wallTime: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wallTime);
  if (!match) throw new RangeError(`not a wall time: ${wallTime}`);
  const [, y, mo, d, h, mi, s] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  // Two passes settle the offset even when the first guess lands on the other side of a DST change.
  let offset = offsetMinutesAt(new Date(asUtc), timeZone);
  offset = offsetMinutesAt(new Date(asUtc - offset * 60_000), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
