/** The application window: zoned opening and closing moments, and what the notes say about them. */
import type { CatalogueCall } from './catalogue-call-schema';
import { CATALOGUE_TIME_ZONE, parsePortalDate } from './portal-dates';
import { type CatalogueWarning, warn } from './warnings';
import { readWindowNote } from './window-notes';

export type CallWindow = CatalogueCall['window'];

export function readWindow(
  opensRaw: string | undefined,
  closesRaw: string | undefined,
  note: string | undefined,
): { window: CallWindow; warnings: CatalogueWarning[] } {
  const warnings: CatalogueWarning[] = [];
  const opens = opensRaw === undefined ? undefined : parsePortalDate('Data_apertura', opensRaw, 'opens');
  const closes = closesRaw === undefined ? undefined : parsePortalDate('Data_chiusura', closesRaw, 'closes');
  warnings.push(...(opens?.warnings ?? []), ...(closes?.warnings ?? []));
  const opensAt = opens?.moment;
  const closesAt = closes?.moment;
  if (opensAt && closesAt && Date.parse(closesAt.at) < Date.parse(opensAt.at))
    warnings.push(
      warn(
        'CLOSES_BEFORE_OPENS',
        { opens: opensAt.date, closes: closesAt.date },
        `closes (${closesAt.date}) before it opens (${opensAt.date})`,
      ),
    );
  const read = readWindowNote(note);
  if (read.closedEarly)
    warnings.push(
      warn(
        'NOTE_SAYS_CLOSED',
        { phrase: read.closedPhrase ?? '' },
        `the notes say it closed early ("${read.closedPhrase}"), whatever the close date`,
      ),
    );
  const known = new Set([opensAt?.date, closesAt?.date]);
  const other = [...new Set(read.dates.filter((d) => !known.has(d)))];
  if (other.length > 0)
    warnings.push(
      warn(
        'NOTE_DATES_DIFFER',
        { dates: other, ...(closesAt ? { closes: closesAt.date } : {}) },
        `the notes name other dates (${other.join(', ')}) than the opening and closing dates; read them`,
      ),
    );
  return {
    window: {
      timeZone: CATALOGUE_TIME_ZONE,
      ...(opensAt ? { opens: opensAt } : {}),
      ...(closesAt ? { closes: closesAt } : {}),
      // The portal leaves the close date out when a call runs until its funds are used up ("a sportello").
      untilFundsRunOut: closesRaw === undefined,
      closedEarly: read.closedEarly,
      ...(note !== undefined ? { note } : {}),
    },
    warnings,
  };
}

export type CallStatus = 'upcoming' | 'open' | 'closed';

/** A window's moments as milliseconds, worked out once when many statuses are asked (search). */
export interface WindowTimes {
  closedEarly: boolean;
  opensMs?: number;
  closesMs?: number;
}

export const windowTimes = (window: CallWindow): WindowTimes => ({
  closedEarly: window.closedEarly,
  ...(window.opens ? { opensMs: Date.parse(window.opens.at) } : {}),
  ...(window.closes ? { closesMs: Date.parse(window.closes.at) } : {}),
});

/** There is no status field: it is computed from the window, and notes that say it closed early win. */
export function statusAt(times: WindowTimes, nowMs: number): CallStatus {
  if (times.closedEarly) return 'closed';
  if (times.closesMs !== undefined && times.closesMs <= nowMs) return 'closed';
  if (times.opensMs !== undefined && times.opensMs > nowMs) return 'upcoming';
  return 'open';
}

export function callStatusAt(window: CallWindow, now: Date): CallStatus {
  return statusAt(windowTimes(window), now.getTime());
}
