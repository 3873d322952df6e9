import { describe, expect, it } from 'vitest';
import { zoneOffsetProblem } from '../time/zoned-date-time';
import { callStatusAt } from './application-window';
import { parsePortalDate, parseUpdatedAt } from './portal-dates';

const moment = (raw: string, role: 'opens' | 'closes' = 'closes') =>
  parsePortalDate('Data_chiusura', raw, role).moment;

describe('portal dates → Europe/Rome moments with the offset of that date', () => {
  it('reads T00:00:00 as the plain date written, in winter and in summer', () => {
    expect(moment('2024-01-15T00:00:00', 'opens')).toEqual({
      date: '2024-01-15',
      at: '2024-01-15T00:00:00+01:00',
      precision: 'day',
    });
    expect(moment('2024-07-15T00:00:00')).toEqual({
      date: '2024-07-15',
      at: '2024-07-15T23:59:59+02:00',
      precision: 'day',
    });
  });

  it('reads other times as UTC renderings of Italian time', () => {
    expect(moment('2019-12-31T23:00:00', 'opens')).toMatchObject({ date: '2020-01-01', precision: 'day' });
    expect(moment('2021-07-27T22:00:00', 'opens')).toMatchObject({ date: '2021-07-28', precision: 'day' });
    expect(moment('2023-06-01T10:00:00')).toEqual({
      date: '2023-06-01',
      at: '2023-06-01T12:00:00+02:00',
      precision: 'time',
    });
  });

  it('writes every moment with the offset Rome has at that instant', () => {
    for (const raw of [
      '2024-03-31T00:00:00',
      '2024-10-27T00:00:00',
      '2023-06-01T10:00:00',
      '2022-11-25T11:00:00',
    ])
      for (const role of ['opens', 'closes'] as const)
        expect(zoneOffsetProblem(moment(raw, role)?.at ?? '', 'Europe/Rome')).toBeUndefined();
  });

  it('refuses impossible dates with a warning', () => {
    for (const raw of ['2023-02-30T00:00:00', '31/12/2026', '2024-01-01T25:00:00']) {
      const read = parsePortalDate('Data_chiusura', raw, 'closes');
      expect(read.moment).toBeUndefined();
      expect(read.warnings.map((w) => w.code)).toEqual(['DATE_INVALID']);
    }
  });

  it('keeps the update time as a UTC instant', () => {
    expect(parseUpdatedAt('2024-02-27T15:19:24Z')).toBe('2024-02-27T15:19:24Z');
    expect(parseUpdatedAt('2024-02-27T15:19:24')).toBeUndefined();
  });

  it('computes the status: upcoming, open, closed, closed early', () => {
    const window = {
      timeZone: 'Europe/Rome' as const,
      opens: { date: '2026-01-01', at: '2026-01-01T00:00:00+01:00', precision: 'day' as const },
      closes: { date: '2026-06-30', at: '2026-06-30T23:59:59+02:00', precision: 'day' as const },
      untilFundsRunOut: false,
      closedEarly: false,
    };
    expect(callStatusAt(window, new Date('2025-12-31T22:59:59Z'))).toBe('upcoming');
    expect(callStatusAt(window, new Date('2025-12-31T23:00:00Z'))).toBe('open');
    expect(callStatusAt(window, new Date('2026-06-30T21:59:58Z'))).toBe('open');
    expect(callStatusAt(window, new Date('2026-06-30T21:59:59Z'))).toBe('closed');
    expect(callStatusAt({ ...window, closedEarly: true }, new Date('2026-03-01T00:00:00Z'))).toBe('closed');
  });
});
