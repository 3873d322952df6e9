/**
 * The deadline rules a call meets whenever it becomes or stays public (publishing, errata): the
 * deadline lies ahead, and it is written with its zone's offset at that instant. Drafts get the offset
 * check from their input schema; an erratum names only the new instant, so it is checked here.
 */
import { isOpen } from '../../shared/calls/is-open';
import { zoneOffsetProblem } from '../../shared/time/zoned-date-time';
import { RuleRefusalError } from '../errors/use-case-errors';

export function assertDeadlineAhead(closesAt: string, now: Date, message: string): void {
  if (!isOpen({ status: 'published', closesAt }, now)) {
    throw new RuleRefusalError('deadline_passed', message, [{ path: 'closesAt', message: 'is in the past' }]);
  }
}

export function assertZoneOffset(closesAt: string, timeZone: string): void {
  const problem = zoneOffsetProblem(closesAt, timeZone);
  if (problem) {
    throw new RuleRefusalError(
      'deadline_offset_mismatch',
      `The deadline ${closesAt} is not written in the call's time zone (${timeZone}).`,
      [{ path: 'closesAt', message: problem }],
    );
  }
}
