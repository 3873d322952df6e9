/**
 * The catalogue search as it lives in the address bar: read from `location.search` (so a search can be
 * shared and Back works), written back after the form is sent, and turned into the API's query. A value
 * the API would refuse (a typed-in or old address) is left out here rather than failing the search.
 * Pure: no React, no zod (the shared schema stays on the server; these checks mirror it).
 */
import { AID_FORMS, type AidForm } from '../../../../shared/catalogue/aid-forms';
import { PURPOSES, type Purpose } from '../../../../shared/catalogue/purposes';
import { REGION_CODES } from '../../../../shared/catalogue/regions';
import type { CatalogueQuery } from '../../../../shared/catalogue/search-catalogue';
import { SIZE_CLASSES, type SizeClass } from '../../../../shared/eligibility/size-class';
import { parseEurosToCents } from '../../../../shared/money/parse-euros';
import { isCalendarDate } from '../../../../shared/time/calendar-date';

export const SIZES = SIZE_CLASSES;
// The API schema's own lists (its module carries zod and MiniSearch, so only its types are imported).
export const STATUSES = ['open', 'upcoming', 'closed'] as const satisfies readonly NonNullable<
  CatalogueQuery['status']
>[];
export type CatalogueStatus = (typeof STATUSES)[number];
export const SORTS = ['deadline', 'relevance'] as const satisfies readonly NonNullable<
  CatalogueQuery['sort']
>[];
export type CatalogueSort = (typeof SORTS)[number];
export const PAGE_SIZE = 20;

/** The search the address holds: the API's query without the page size, which the page sets. */
export type CatalogueFilters = Omit<CatalogueQuery, 'pageSize'>;

/** The API's query: every value a string, as it travels in the URL. */
export interface CatalogueApiQuery {
  q?: string;
  region?: string;
  size?: SizeClass;
  ateco?: string;
  purpose?: Purpose;
  aidForm?: AidForm;
  status?: CatalogueStatus;
  closesBefore?: string;
  minAidCents?: string;
  sort?: CatalogueSort;
  page: string;
  pageSize: string;
}

const ATECO = /^\d{2}(\.\d{1,2}){0,2}$/;
const MAX_WORDS = 200;
const MAX_PAGE = 1000;
const MAX_AID_CENTS = 1_000_000_000_000_00;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);
const isSize = oneOf(SIZES);
const isStatus = oneOf(STATUSES);
const isSort = oneOf(SORTS);
const isPurpose = oneOf(PURPOSES);
const isAidForm = oneOf(AID_FORMS);
const isRegion = oneOf(REGION_CODES);

/** A real calendar day written as YYYY-MM-DD (not 2026-02-30): the engine's own check. */
export { isCalendarDate as isCalendarDay };

export function isAtecoCode(value: string): boolean {
  return ATECO.test(value);
}

/** What `location.search` asks for; unknown keys and values the API would refuse are dropped. */
export function readFilters(search: string): CatalogueFilters {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key)?.trim() || undefined;
  const filters: CatalogueFilters = { page: 1 };
  const q = get('q');
  if (q) filters.q = q.slice(0, MAX_WORDS);
  const region = get('region');
  if (region && isRegion(region)) filters.region = region;
  const size = get('size');
  if (size && isSize(size)) filters.size = size;
  const ateco = get('ateco');
  if (ateco && isAtecoCode(ateco)) filters.ateco = ateco;
  const purpose = get('purpose');
  if (purpose && isPurpose(purpose)) filters.purpose = purpose;
  const aidForm = get('aidForm');
  if (aidForm && isAidForm(aidForm)) filters.aidForm = aidForm;
  const status = get('status');
  if (status && isStatus(status)) filters.status = status;
  const closesBefore = get('closesBefore');
  if (closesBefore && isCalendarDate(closesBefore)) filters.closesBefore = closesBefore;
  const minAid = get('minAidCents');
  if (minAid && /^\d{1,15}$/.test(minAid) && Number(minAid) <= MAX_AID_CENTS)
    filters.minAidCents = Number(minAid);
  const sort = get('sort');
  if (sort && isSort(sort)) filters.sort = sort;
  const page = get('page');
  if (page && /^\d{1,4}$/.test(page)) filters.page = Math.min(Math.max(Number(page), 1), MAX_PAGE);
  return filters;
}

/** The filters as a query string (no '?'), in a fixed order; the first page is left out. */
export function searchOf(filters: CatalogueFilters): string {
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ['q', filters.q],
    ['region', filters.region],
    ['size', filters.size],
    ['ateco', filters.ateco],
    ['purpose', filters.purpose],
    ['aidForm', filters.aidForm],
    ['status', filters.status],
    ['closesBefore', filters.closesBefore],
    ['minAidCents', filters.minAidCents],
    ['sort', filters.sort],
    ['page', filters.page > 1 ? filters.page : undefined],
  ];
  for (const [key, value] of entries) if (value !== undefined && value !== '') params.set(key, String(value));
  return params.toString();
}

/** The page's address for these filters. */
export function catalogueHref(filters: CatalogueFilters): string {
  const search = searchOf(filters);
  return search ? `/catalogue?${search}` : '/catalogue';
}

/** The API query for these filters, one page of PAGE_SIZE. */
export function apiQuery(filters: CatalogueFilters): CatalogueApiQuery {
  const { minAidCents, page, ...rest } = filters;
  const query: CatalogueApiQuery = { page: String(page), pageSize: String(PAGE_SIZE) };
  for (const [key, value] of Object.entries(rest))
    if (value !== undefined && value !== '') Object.assign(query, { [key]: String(value) });
  if (minAidCents !== undefined) query.minAidCents = String(minAidCents);
  return query;
}

export type FormProblem = 'ateco' | 'closesBefore' | 'minAid';

/**
 * The search form's fields read into filters (a new search starts on its first page). Fields the person
 * typed wrongly are named in `problems` and left out of the filters.
 */
export function filtersFromForm(form: { get(name: string): FormDataEntryValue | null }): {
  filters: CatalogueFilters;
  problems: FormProblem[];
} {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const problems: FormProblem[] = [];
  const ateco = text('ateco');
  if (ateco && !isAtecoCode(ateco)) problems.push('ateco');
  const closesBefore = text('closesBefore');
  if (closesBefore && !isCalendarDate(closesBefore)) problems.push('closesBefore');
  const minAid = text('minAid');
  const minAidCents = minAid ? parseEurosToCents(minAid) : undefined;
  if (minAid && (minAidCents === undefined || minAidCents > MAX_AID_CENTS)) problems.push('minAid');
  const params = new URLSearchParams();
  for (const key of ['q', 'region', 'size', 'purpose', 'aidForm', 'status']) {
    const value = text(key);
    if (value) params.set(key, value);
  }
  // The order a search gets anyway (relevance with words, else the deadline) stays out of the address.
  const sort = text('sort');
  if (sort && sort !== (params.has('q') ? 'relevance' : 'deadline')) params.set('sort', sort);
  if (ateco && !problems.includes('ateco')) params.set('ateco', ateco);
  if (closesBefore && !problems.includes('closesBefore')) params.set('closesBefore', closesBefore);
  if (minAidCents !== undefined && !problems.includes('minAid'))
    params.set('minAidCents', String(minAidCents));
  return { filters: readFilters(params.toString()), problems };
}

/** Cents as the euros a person would type back ("5000", "1250.50"), for the form's field. */
export function eurosText(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}.${String(rest).padStart(2, '0')}`;
}

/** How many filters narrow the search (words and sort order are not filters). */
export function filterCount(filters: CatalogueFilters): number {
  const { q: _q, sort: _sort, page: _page, ...rest } = filters;
  return Object.values(rest).filter((value) => value !== undefined).length;
}
