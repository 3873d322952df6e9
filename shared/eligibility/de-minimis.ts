/**
 * De minimis headroom. Reg. (EU) 2023/2831: 300,000 over any rolling three years counted from the
 * date each aid was granted. Reg. (EU) 1407/2013: 200,000 over the current and two previous fiscal
 * years (calendar years here).
 */
import type { Company } from '../companies/company-schema';
import { addYears, type CalendarDate } from '../time/calendar-date';

export const DE_MINIMIS_REGULATIONS = ['EU-2023/2831', 'EU-1407/2013'] as const;
export type DeMinimisRegulation = (typeof DE_MINIMIS_REGULATIONS)[number];

export const DE_MINIMIS_CEILING_CENTS: Record<DeMinimisRegulation, number> = {
  'EU-2023/2831': 300_000_00,
  'EU-1407/2013': 200_000_00,
};

export interface DeMinimisHeadroom {
  regulation: DeMinimisRegulation;
  ceilingCents: number;
  /** First day whose aid still counts. */
  windowFrom: CalendarDate;
  countedCents: number;
  headroomCents: number;
}

export function deMinimisHeadroom(
  received: Company['deMinimisReceived'],
  grantDate: CalendarDate,
  regulation: DeMinimisRegulation,
  ceilingCents = DE_MINIMIS_CEILING_CENTS[regulation],
): DeMinimisHeadroom {
  const windowFrom =
    regulation === 'EU-2023/2831' ? addYears(grantDate, -3) : `${Number(grantDate.slice(0, 4)) - 2}-01-01`;
  // Rolling window: aid granted exactly three years before has left it (the window is the three years up to today).
  const counts = (date: CalendarDate) =>
    (regulation === 'EU-2023/2831' ? date > windowFrom : date >= windowFrom) && date <= grantDate;
  const countedCents = received
    .filter((aid) => counts(aid.grantedOn))
    .reduce((sum, aid) => sum + aid.cents, 0);
  return {
    regulation,
    ceilingCents,
    windowFrom,
    countedCents,
    headroomCents: Math.max(0, ceilingCents - countedCents),
  };
}
