/**
 * De minimis headroom of the single undertaking. Reg. (EU) 2023/2831: 300,000 over any rolling three
 * years counted from the date each aid was granted. Reg. (EU) 1407/2013: 200,000 over the current and
 * two previous fiscal years (the company's own fiscal years; calendar years unless it says otherwise).
 * Both count the aid of the enterprise and of the enterprises linked to it (2023/2831 art. 2(2),
 * 1407/2013 art. 2(2)); aid of other kinds (block-exempted, other State aid, tax incentives) does not count.
 */
import {
  type AidKind,
  type Company,
  DE_MINIMIS_REGULATIONS,
  type RelatedEnterprise,
  type SecondTierEnterprise,
} from '../companies/company-schema';
import { addDays, addYears, type CalendarDate } from '../time/calendar-date';
import { relationOf } from './size-class';

export { DE_MINIMIS_REGULATIONS };
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
  /** Of the counted aid, what enterprises linked to the company received (present only when some did). */
  linkedCents?: number;
  headroomCents: number;
}

/** One aid as de minimis counts it: whose it was does not change the sum, only the explanation. */
export interface CountedAid {
  grantedOn: CalendarDate;
  cents: number;
  kind?: AidKind;
  /** Received by a linked enterprise rather than the company itself. */
  linked?: boolean;
}

const isDeMinimis = (aid: { kind?: AidKind }) => aid.kind === undefined || aid.kind === 'de-minimis';

/**
 * The de minimis aid of the single undertaking: the company's own, and that of every enterprise linked
 * to it directly or through another linked enterprise. Partners' aid does not count, nor the aid of
 * enterprises linked only to a partner.
 */
export function singleUndertakingAid(company: Pick<Company, 'deMinimisReceived' | 'related'>): CountedAid[] {
  const cached = aidCache.get(company);
  if (cached) return cached;
  const aid: CountedAid[] = company.deMinimisReceived.filter(isDeMinimis);
  const addLinked = (enterprise: RelatedEnterprise | SecondTierEnterprise) => {
    for (const item of enterprise.deMinimisReceived ?? []) {
      if (isDeMinimis(item)) aid.push({ grantedOn: item.grantedOn, cents: item.cents, linked: true });
    }
  };
  for (const related of company.related) {
    if (relationOf(related) !== 'linked') continue;
    addLinked(related);
    for (const second of related.related ?? []) {
      if (relationOf(second) === 'linked') addLinked(second);
    }
  }
  aidCache.set(company, aid);
  return aid;
}

/** Matching evaluates one company against many calls: its aid list is gathered once. */
const aidCache = new WeakMap<object, CountedAid[]>();

/** The last day of the fiscal year that ends in `year`, for a fiscal year ending on MM-DD (clamped to the month). */
function fiscalYearEndIn(year: number, fiscalYearEnd: string): CalendarDate {
  const month = Number(fiscalYearEnd.slice(0, 2));
  const day = Number(fiscalYearEnd.slice(3, 5));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${fiscalYearEnd.slice(0, 2)}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** First day of the fiscal year two before the one `date` falls in. */
export function threeFiscalYearsFrom(date: CalendarDate, fiscalYearEnd = '12-31'): CalendarDate {
  const year = Number(date.slice(0, 4));
  const currentEndYear = date <= fiscalYearEndIn(year, fiscalYearEnd) ? year : year + 1;
  return addDays(fiscalYearEndIn(currentEndYear - 3, fiscalYearEnd), 1);
}

/** The last window worked out: matching asks for the same one once per call, for the same grant date. */
let lastWindow: { key: string; from: CalendarDate } | undefined;

/** The first day of the three years the ceiling counts over, up to the grant date. */
function windowStart(
  grantDate: CalendarDate,
  regulation: DeMinimisRegulation,
  fiscalYearEnd: string | undefined,
): CalendarDate {
  const key = `${grantDate}|${regulation}|${fiscalYearEnd ?? ''}`;
  if (lastWindow?.key === key) return lastWindow.from;
  const from =
    regulation === 'EU-2023/2831'
      ? addDays(addYears(grantDate, -3), 1)
      : threeFiscalYearsFrom(grantDate, fiscalYearEnd);
  lastWindow = { key, from };
  return from;
}

export function deMinimisHeadroom(
  received: readonly CountedAid[],
  grantDate: CalendarDate,
  regulation: DeMinimisRegulation,
  options: { ceilingCents?: number; fiscalYearEnd?: string } = {},
): DeMinimisHeadroom {
  const ceilingCents = options.ceilingCents ?? DE_MINIMIS_CEILING_CENTS[regulation];
  const windowFrom = windowStart(grantDate, regulation, options.fiscalYearEnd);
  // Rolling window: aid granted exactly three years before has left it (the window is the three years up to the grant date).
  let countedCents = 0;
  let linkedCents = 0;
  for (const aid of received) {
    if (!isDeMinimis(aid) || aid.grantedOn < windowFrom || aid.grantedOn > grantDate) continue;
    countedCents += aid.cents;
    if (aid.linked) linkedCents += aid.cents;
  }
  return {
    regulation,
    ceilingCents,
    windowFrom,
    countedCents,
    ...(linkedCents > 0 ? { linkedCents } : {}),
    headroomCents: Math.max(0, ceilingCents - countedCents),
  };
}
