/** Checks a calendar date at the edges: ISO `YYYY-MM-DD`. */
import * as z from 'zod';
import type { CalendarDate } from './calendar-date';

export const calendarDateSchema: z.ZodType<CalendarDate, string> = z.iso.date({
  error: 'must be a date as YYYY-MM-DD',
});
