import { describe, expect, it } from 'vitest';
import {
  apiQuery,
  catalogueHref,
  eurosText,
  filterCount,
  filtersFromForm,
  isCalendarDay,
  readFilters,
  searchOf,
} from './catalogue-filters';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('catalogue filters in the address bar', () => {
  it('reads every filter the API knows and writes them back in the same words', () => {
    const search =
      'q=voucher+digitali&region=IT-25&size=small&ateco=62.01&purpose=digitalisation&aidForm=grant' +
      '&status=open&closesBefore=2026-12-31&minAidCents=500000&sort=deadline&page=3';
    const filters = readFilters(search);
    expect(filters).toEqual({
      q: 'voucher digitali',
      region: 'IT-25',
      size: 'small',
      ateco: '62.01',
      purpose: 'digitalisation',
      aidForm: 'grant',
      status: 'open',
      closesBefore: '2026-12-31',
      minAidCents: 500000,
      sort: 'deadline',
      page: 3,
    });
    expect(searchOf(filters)).toBe(search);
    expect(readFilters(`?${searchOf(filters)}`)).toEqual(filters);
  });

  it('leaves out what the API would refuse, so an old or typed-in address still searches', () => {
    expect(
      readFilters(
        '?region=Lombardia&size=huge&ateco=62-01&purpose=constructor&aidForm=gift&status=soon' +
          '&closesBefore=2026-02-30&minAidCents=-5&sort=price&page=0&pageSize=500&other=1',
      ),
    ).toEqual({ page: 1 });
    expect(readFilters('page=99999').page).toBe(1);
    expect(readFilters('page=1500').page).toBe(1000);
    expect(readFilters('q=%20%20').q).toBeUndefined();
  });

  it('keeps the first page out of the address, and an empty search is the bare page', () => {
    expect(catalogueHref({ page: 1 })).toBe('/catalogue');
    expect(catalogueHref({ region: 'IT-25', page: 1 })).toBe('/catalogue?region=IT-25');
    expect(catalogueHref({ region: 'IT-25', page: 2 })).toBe('/catalogue?region=IT-25&page=2');
  });

  it('asks the API for one page of 20, every value a string', () => {
    expect(apiQuery({ region: 'IT-25', minAidCents: 150000, page: 2 })).toEqual({
      region: 'IT-25',
      minAidCents: '150000',
      page: '2',
      pageSize: '20',
    });
  });

  it('counts the filters, not the words or the order', () => {
    expect(filterCount({ q: 'voucher', sort: 'relevance', page: 4 })).toBe(0);
    expect(filterCount({ region: 'IT-25', size: 'micro', minAidCents: 0, page: 1 })).toBe(3);
  });
});

describe('the search form', () => {
  it('reads euros as cents, and starts a new search on its first page', () => {
    const read = filtersFromForm(
      form({
        q: ' voucher ',
        region: 'IT-25',
        size: 'small',
        ateco: '25.11',
        purpose: 'digitalisation',
        aidForm: '',
        status: '',
        closesBefore: '',
        minAid: '5.000,50',
        sort: 'relevance',
      }),
    );
    expect(read.problems).toEqual([]);
    expect(read.filters).toEqual({
      q: 'voucher',
      region: 'IT-25',
      size: 'small',
      ateco: '25.11',
      purpose: 'digitalisation',
      minAidCents: 500050,
      page: 1,
    });
  });

  it('keeps a chosen order that differs from the usual one for the search', () => {
    expect(filtersFromForm(form({ q: 'voucher', sort: 'deadline' })).filters.sort).toBe('deadline');
    expect(filtersFromForm(form({ sort: 'deadline' })).filters.sort).toBeUndefined();
    expect(filtersFromForm(form({ sort: 'relevance' })).filters.sort).toBe('relevance');
  });

  it('names the fields typed wrongly and leaves them out', () => {
    const read = filtersFromForm(form({ ateco: '62,01', closesBefore: '31/12/2026', minAid: 'lots' }));
    expect(read.problems).toEqual(['ateco', 'closesBefore', 'minAid']);
    expect(read.filters).toEqual({ page: 1 });
  });

  it('shows cents back as euros a person would type', () => {
    expect(eurosText(500000)).toBe('5000');
    expect(eurosText(500050)).toBe('5000.50');
    expect(eurosText(7)).toBe('0.07');
  });

  it('knows a real calendar day', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-1-01')).toBe(false);
  });
});
