/**
 * Search over the imported catalogue, as the best incentive catalogues offer it: words in titles and
 * descriptions (MiniSearch: prefix and typo-tolerant, accents folded), and filters by region, size,
 * ATECO code, purpose, form of aid, open / upcoming / closed, closing before a date and a minimum aid,
 * sorted by deadline or relevance, paged. Pure: the index is built from the entries it is given (see
 * ADR 0017 for where they come from and how long an index lives).
 */
import MiniSearch from 'minisearch';
import * as z from 'zod';
import { SIZE_CLASSES } from '../eligibility/size-class';
import { calendarDateSchema } from '../time/calendar-date-schema';
import { AID_FORMS } from './aid-forms';
import { type CallStatus, statusAt, type WindowTimes, windowTimes } from './application-window';
import type { CatalogueCall } from './catalogue-call-schema';
import { PURPOSES } from './purposes';
import { REGION_CODES } from './regions';

export const CALL_STATUSES = ['open', 'upcoming', 'closed'] as const satisfies readonly CallStatus[];

export const catalogueQuerySchema = z.strictObject({
  /** Words to find in titles, descriptions, keywords and granting bodies. */
  q: z.string().trim().max(200).optional(),
  region: z.enum(REGION_CODES as [string, ...string[]]).optional(),
  size: z.enum(SIZE_CLASSES).optional(),
  ateco: z
    .string()
    .regex(/^\d{2}(\.\d{1,2}){0,2}$/, { error: 'must be an ATECO code like 62.01' })
    .optional(),
  purpose: z.enum(PURPOSES).optional(),
  aidForm: z.enum(AID_FORMS).optional(),
  status: z.enum(CALL_STATUSES).optional(),
  /** Calls that close on or before this day (Europe/Rome). */
  closesBefore: calendarDateSchema.optional(),
  /** Calls whose stated maximum aid reaches at least this amount. */
  minAidCents: z.coerce.number().int().min(0).max(1_000_000_000_000_00).optional(),
  /** Relevance needs words; without them the deadline decides. */
  sort: z.enum(['deadline', 'relevance']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

/** One call in a result list: what a person scans before opening it. */
export interface CatalogueHit {
  sourceId: string;
  title: string;
  excerpt: string;
  grantingBody?: string;
  status: CallStatus;
  opens?: CatalogueCall['window']['opens'];
  closes?: CatalogueCall['window']['closes'];
  untilFundsRunOut: boolean;
  national: boolean;
  regions: string[];
  sizeClasses: CatalogueCall['sizeClasses'];
  purposes: CatalogueCall['purposes'];
  aidForms: CatalogueCall['aidForms'];
  aid: CatalogueCall['aid'];
  officialUrl?: string;
}

export interface CatalogueResults {
  items: CatalogueHit[];
  total: number;
  page: number;
  pageSize: number;
}

const EXCERPT_CHARS = 240;
/**
 * At most this many words are searched: each is matched against the whole vocabulary, and a public
 * request must stay cheap (a query of 100 one-letter words took seconds over 6,000 calls).
 */
export const MAX_SEARCH_WORDS = 6;
/** Words searched as prefixes from this length, and with one typo from FUZZY_FROM: a short word that matches everything finds nothing useful. */
const PREFIX_FROM = 3;
/**
 * Of a description, the first characters are indexed: where a call says what it is for and who it is
 * for. Indexing whole descriptions (1.4 KB on average, some far longer) made a cold start's index build
 * take seconds over 6,000 calls; words further down are not found by search (ADR 0017).
 */
const DESCRIPTION_INDEXED_CHARS = 1_000;
const FUZZY_FROM = 4;

/** The first sentence or so of what the call is for, cut at a word. */
export function excerptOf(call: CatalogueCall): string {
  const text = (call.descriptionParts.what ?? call.description).replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_CHARS) return text;
  const cut = text.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS / 2))}…`;
}

/** Accents folded and lower case, so "attività" finds "attivita" and back. */
const fold = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** An ATECO filter code and a call's listed code fit when one is a prefix of the other ('62' and '62.01'). */
const atecoFits = (listed: string, wanted: string) => listed.startsWith(wanted) || wanted.startsWith(listed);

function matchesFilters(call: CatalogueCall, query: CatalogueQuery, status: CallStatus): boolean {
  if (query.status && status !== query.status) return false;
  const { area } = call;
  if (query.region && !area.national && !area.regions.includes(query.region)) return false;
  // An empty list means the source does not say: such a call stays in, for the person to check.
  if (query.size && call.sizeClasses.length > 0 && !call.sizeClasses.includes(query.size)) return false;
  if (query.purpose && !call.purposes.includes(query.purpose)) return false;
  if (query.aidForm && !call.aidForms.includes(query.aidForm)) return false;
  const wanted = query.ateco;
  if (wanted && call.ateco.kind === 'codes') {
    const fits = call.ateco.lists.some((list) => list.codes.some((code) => atecoFits(code, wanted)));
    if (!fits) return false;
  }
  if (query.closesBefore) {
    const closes = call.window.closes?.date;
    if (closes === undefined || closes > query.closesBefore) return false;
  }
  if (query.minAidCents !== undefined) {
    const max = call.aid.maxCents;
    if (max === undefined || max < query.minAidCents) return false;
  }
  return true;
}

interface Found {
  call: CatalogueCall;
  times: WindowTimes;
  score: number;
  status: CallStatus;
}

/**
 * One collator for every comparison (`localeCompare` with a locale builds one per call), made on the
 * first sort: building it loads ICU's collation data, ~15 ms of a cold start the other routes of the
 * function never need.
 */
let italian: Intl.Collator | undefined;
const byTitle = (a: string, b: string) => {
  italian ??= new Intl.Collator('it');
  return italian.compare(a, b);
};

const STATUS_ORDER: Record<CallStatus, number> = { open: 0, upcoming: 1, closed: 2 };

/**
 * Open calls first, then upcoming, then closed. Open and upcoming: soonest deadline first, calls open
 * until funds run out (no date) after those with one; closed: the most recently closed first.
 */
function byDeadline(a: Found, b: Found): number {
  if (a.status !== b.status) return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  const ac = a.times.closesMs;
  const bc = b.times.closesMs;
  if (ac !== bc) {
    if (ac === undefined) return 1;
    if (bc === undefined) return -1;
    const soonest = ac - bc;
    return a.status === 'closed' ? -soonest : soonest;
  }
  return (
    byTitle(a.call.title, b.call.title) ||
    (a.call.sourceId < b.call.sourceId ? -1 : a.call.sourceId > b.call.sourceId ? 1 : 0)
  );
}

function hitOf(call: CatalogueCall, status: CallStatus): CatalogueHit {
  return {
    sourceId: call.sourceId,
    title: call.title,
    excerpt: excerptOf(call),
    ...(call.grantingBody !== undefined ? { grantingBody: call.grantingBody } : {}),
    status,
    ...(call.window.opens ? { opens: call.window.opens } : {}),
    ...(call.window.closes ? { closes: call.window.closes } : {}),
    untilFundsRunOut: call.window.untilFundsRunOut,
    national: call.area.national,
    regions: call.area.regions,
    sizeClasses: call.sizeClasses,
    purposes: call.purposes,
    aidForms: call.aidForms,
    aid: call.aid,
    ...(call.officialUrl !== undefined ? { officialUrl: call.officialUrl } : {}),
  };
}

/** The words of a query that are searched: the first MAX_SEARCH_WORDS, or undefined when there are none. */
export function searchWords(q: string | undefined): string | undefined {
  const words = (q ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  return words.length > 0 ? words.join(' ') : undefined;
}

/** The searchable catalogue: built once from the active calls, then asked many questions. */
export class CatalogueIndex {
  private readonly text: MiniSearch<{ id: string; title: string; body: string }>;
  private readonly bySourceId: ReadonlyMap<string, CatalogueCall>;
  /** Each call's window as milliseconds, so a search parses no dates. */
  private readonly times: ReadonlyMap<string, WindowTimes>;

  constructor(readonly calls: readonly CatalogueCall[]) {
    this.bySourceId = new Map(calls.map((c) => [c.sourceId, c]));
    this.times = new Map(calls.map((c) => [c.sourceId, windowTimes(c.window)]));
    this.text = new MiniSearch({
      fields: ['title', 'body'],
      // The texts are folded once, whole, before they are split (much cheaper than folding each word);
      // the words of a query are folded as they come.
      processTerm: (term) => term,
      searchOptions: {
        processTerm: fold,
        boost: { title: 3 },
        prefix: (term) => term.length >= PREFIX_FROM,
        fuzzy: (term) => (term.length >= FUZZY_FROM ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    this.text.addAll(
      calls.map((c) => ({
        id: c.sourceId,
        title: fold(c.title),
        body: fold(
          [
            c.description.slice(0, DESCRIPTION_INDEXED_CHARS),
            c.keywords.join(' '),
            c.grantingBody ?? '',
          ].join(' '),
        ),
      })),
    );
  }

  get size(): number {
    return this.calls.length;
  }

  get(sourceId: string): CatalogueCall | undefined {
    return this.bySourceId.get(sourceId);
  }

  search(query: CatalogueQuery, now: Date): CatalogueResults {
    const words = searchWords(query.q);
    const scored = words
      ? this.text.search(words).flatMap((r) => {
          const call = this.bySourceId.get(String(r.id));
          return call ? [{ call, score: r.score }] : [];
        })
      : this.calls.map((call) => ({ call, score: 0 }));
    const nowMs = now.getTime();
    const found: Found[] = [];
    for (const { call, score } of scored) {
      const times = this.times.get(call.sourceId) ?? windowTimes(call.window);
      const status = statusAt(times, nowMs);
      if (matchesFilters(call, query, status)) found.push({ call, times, score, status });
    }
    const relevance = (query.sort ?? (words ? 'relevance' : 'deadline')) === 'relevance' && words;
    found.sort((a, b) => (relevance ? b.score - a.score : 0) || byDeadline(a, b));
    const start = (query.page - 1) * query.pageSize;
    return {
      items: found.slice(start, start + query.pageSize).map((s) => hitOf(s.call, s.status)),
      total: found.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
