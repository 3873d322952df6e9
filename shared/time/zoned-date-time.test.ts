import { describe, expect, it } from 'vitest';
import {
  isoDateTimeSchema,
  offsetMinutesAt,
  timeZoneSchema,
  toUtcIso,
  zonedWallTimeToIso,
  zoneOffsetProblem,
} from './zoned-date-time';

describe('zonedWallTimeToIso', () => {
  it('uses winter and summer offsets of Europe/Rome', () => {
    expect(zonedWallTimeToIso('2026-01-15T12:00', 'Europe/Rome')).toBe('2026-01-15T12:00:00+01:00');
    expect(zonedWallTimeToIso('2026-07-15T12:00', 'Europe/Rome')).toBe('2026-07-15T12:00:00+02:00');
  });

  it('handles the hours around the DST change and zones west of UTC', () => {
    expect(zonedWallTimeToIso('2026-03-29T03:30', 'Europe/Rome')).toBe('2026-03-29T03:30:00+02:00');
    expect(zonedWallTimeToIso('2026-03-29T01:30', 'Europe/Rome')).toBe('2026-03-29T01:30:00+01:00');
    expect(zonedWallTimeToIso('2026-11-25T09:00', 'America/New_York')).toBe('2026-11-25T09:00:00-05:00');
    expect(zonedWallTimeToIso('2026-11-25T09:00', 'UTC')).toBe('2026-11-25T09:00:00+00:00');
  });

  it('writes a wall time skipped by the spring-forward jump as the same instant after the jump', () => {
    expect(zonedWallTimeToIso('2026-03-29T02:30', 'Europe/Rome')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('round-trips through the instant', () => {
    const iso = zonedWallTimeToIso('2026-10-25T23:59:59', 'Europe/Brussels');
    expect(offsetMinutesAt(new Date(iso), 'Europe/Brussels')).toBe(60);
    expect(toUtcIso(iso)).toBe('2026-10-25T22:59:59.000Z');
  });
});

describe('schemas', () => {
  it('require an explicit offset and a real IANA zone', () => {
    expect(isoDateTimeSchema.safeParse('2026-12-31T12:00:00+01:00').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2026-12-31T12:00:00Z').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2026-12-31T12:00:00').success).toBe(false);
    expect(timeZoneSchema.safeParse('Europe/Rome').success).toBe(true);
    expect(timeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
    expect(timeZoneSchema.safeParse('CET').success).toBe(false);
  });
});

describe('zoneOffsetProblem', () => {
  it("accepts a deadline written with its zone's offset at that instant, winter or summer", () => {
    expect(zoneOffsetProblem('2026-01-15T12:00:00+01:00', 'Europe/Rome')).toBeUndefined();
    expect(zoneOffsetProblem('2026-07-15T12:00:00+02:00', 'Europe/Rome')).toBeUndefined();
    expect(zoneOffsetProblem('2026-07-15T12:00:00Z', 'UTC')).toBeUndefined();
    expect(zoneOffsetProblem('2026-01-15T12:00:00.5+05:30', 'Asia/Kolkata')).toBeUndefined();
  });

  it('names the offset expected when the deadline carries another one', () => {
    expect(zoneOffsetProblem('2026-03-10T12:00:00+05:00', 'Europe/Rome')).toBe(
      "must use Europe/Rome's offset at that time (+01:00)",
    );
    expect(zoneOffsetProblem('2026-07-15T12:00:00+01:00', 'Europe/Rome')).toContain('(+02:00)');
    expect(zoneOffsetProblem('2026-07-15T10:00:00Z', 'Europe/Rome')).toContain('(+02:00)');
    expect(zoneOffsetProblem('2026-11-25T09:00:00-04:00', 'America/New_York')).toContain('(-05:00)');
  });

  it('leaves a malformed date or an unknown zone to their own checks', () => {
    expect(zoneOffsetProblem('2026-03-10T12:00:00+05:00', 'Europe/Atlantis')).toBeUndefined();
    expect(zoneOffsetProblem('not a date', 'Europe/Rome')).toBeUndefined();
  });
});
