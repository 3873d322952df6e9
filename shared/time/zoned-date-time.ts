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

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The offset written in an ISO-8601 date-time, in minutes ('Z' → 0); undefined when it has none. */
function statedOffsetMinutes(iso: string): number | undefined {
  // After the time's last digit: 'Z', or ±hh with optional [:]mm.
  const match = /\d(?:[zZ]|([+-])(\d{2})(?::?(\d{2}))?)$/.exec(iso);
  if (!match) return undefined;
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * A deadline must be written with the offset its own zone has at that instant: `12:00+05:00` for a
 * Europe/Rome call is a valid instant (08:00 in Rome) but almost certainly a mistake, and the call page
 * would show a time nobody typed. Returns the problem as a field message, or undefined when it agrees.
 */
export function zoneOffsetProblem(isoWithOffset: string, timeZone: string): string | undefined {
  const instant = new Date(isoWithOffset);
  const stated = statedOffsetMinutes(isoWithOffset);
  // A malformed date or zone is reported by its own check.
  if (Number.isNaN(instant.getTime()) || stated === undefined || !isIanaTimeZone(timeZone)) return undefined;
  const expected = offsetMinutesAt(instant, timeZone);
  return stated === expected
    ? undefined
    : `must use ${timeZone}'s offset at that time (${formatOffset(expected)})`;
}

/**
 * Turns a wall-clock time in a zone ("2026-03-31T12:00" in Europe/Rome) into ISO-8601 with the
 * offset that zone had then ("2026-03-31T12:00:00+02:00"). A time skipped by a DST jump resolves
 * to the offset before the jump, like most calendars do, and is written as the wall time after the
 * jump (02:30 on the spring-forward night in Rome → 03:30+02:00), so the offset always agrees with
 * the zone at that instant (see zoneOffsetProblem).
 */
export function zonedWallTimeToIso(wallTime: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wallTime);
  if (!match) throw new RangeError(`not a wall time: ${wallTime}`);
  const [, y, mo, d, h, mi, s] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  // Two passes settle the offset even when the first guess lands on the other side of a DST change.
  let offset = offsetMinutesAt(new Date(asUtc), timeZone);
  offset = offsetMinutesAt(new Date(asUtc - offset * 60_000), timeZone);
  const instant = asUtc - offset * 60_000;
  const actual = offsetMinutesAt(new Date(instant), timeZone);
  // Only in a DST gap does the instant's own offset differ: write its wall time in that offset.
  const wall = new Date(instant + actual * 60_000).toISOString().slice(0, 19);
  return `${wall}${formatOffset(actual)}`;
}
