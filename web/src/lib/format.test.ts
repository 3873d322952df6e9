import { describe, expect, it } from 'vitest';
import { fingerprint, formatCents, formatDeadline, formatMonthDay } from './format';

describe('format', () => {
  it('formats cents as euros for the locale', () => {
    expect(formatCents(339_800_000, 'en-GB')).toBe('€3,398,000.00');
    expect(formatCents(12_345_678, 'it-IT')).toMatch(/^123\.456,78\s€$/);
  });

  it('shows a deadline as the wall time in the call’s zone, whatever the reader’s zone', () => {
    expect(formatDeadline('2099-06-30T17:00:00+02:00', 'Europe/Rome', 'en-GB')).toBe(
      '30 June 2099 at 17:00 CEST',
    );
    expect(formatDeadline('2099-06-30T15:00:00Z', 'Europe/Brussels', 'nl-BE')).toContain('17:00');
  });

  it('names a day of the year (a financial year’s end) in the reader’s language', () => {
    expect(formatMonthDay('06-30', 'en-GB')).toBe('30 June');
    expect(formatMonthDay('12-31', 'it-IT')).toBe('31 dicembre');
    expect(formatMonthDay('02-28', 'nl-BE')).toBe('28 februari');
  });

  it('shows a rules hash as a short fingerprint without the algorithm name', () => {
    const hash = `sha256:${'d2b11a93d820'.padEnd(64, '0')}`;
    expect(fingerprint(hash)).toBe('d2b11a93d820');
    expect(fingerprint(hash, 64)).toBe('d2b11a93d820'.padEnd(64, '0'));
  });
});
