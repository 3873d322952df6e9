import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date';
import { calendarDateSchema } from './calendar-date-schema';

describe('isCalendarDate', () => {
  it('agrees with the calendar-date schema the API checks with', () => {
    const values: unknown[] = [
      '2026-02-28',
      '2028-02-29',
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-12-31',
      '2026-1-05',
      '…',
      '',
      '2026-12-31T00:00:00Z',
      20261231,
      undefined,
      null,
    ];
    for (const value of values) {
      expect(isCalendarDate(value), String(value)).toBe(calendarDateSchema.safeParse(value).success);
    }
  });
});
