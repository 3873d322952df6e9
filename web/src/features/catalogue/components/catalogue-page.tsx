/**
 * The public search of the Italian incentives catalogue (records imported from incentivi.gov.it): words
 * and filters in a form, results page by page. The search lives in the address bar, so it can be shared
 * and Back shows the previous one; after a new search or page, focus moves to the number of calls found.
 */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { ApiRequestError } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';
import { useCatalogueSearch } from '../api/search-catalogue';
import { catalogueHref, type FormProblem, readFilters } from '../catalogue-filters';
import { CatalogueResults } from './catalogue-results';
import { CatalogueSearchForm } from './catalogue-search-form';

/** The API's field names for the form's typed fields. */
const FIELD_PROBLEMS = new Map<string, FormProblem>([
  ['ateco', 'ateco'],
  ['closesBefore', 'closesBefore'],
  ['minAidCents', 'minAid'],
]);

export function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo(() => readFilters(search), [search]);
  const results = useCatalogueSearch(filters);
  // A page of results that arrives after the form renders after it, in slices, rather than in the
  // same long task: on a slow phone the form is usable sooner, and the style and layout of the whole
  // page are not worked out at once. Results already cached (Back from a record) render at once, so
  // the browser can put the person back where they were in the list.
  const shown = useDeferredValue(results.data);
  const heading = useRef<HTMLHeadingElement>(null);

  // Not on arrival: only when the search changes on this page (a new search, another page, Back).
  const searched = useRef(search);
  useEffect(() => {
    if (searched.current === search) return;
    searched.current = search;
    heading.current?.focus();
  }, [search]);

  const error = results.isError ? results.error : undefined;
  const refused = error instanceof ApiRequestError && error.status === 400;
  const refusedFields = refused
    ? (error.body.fields ?? []).flatMap((field) => {
        const problem = FIELD_PROBLEMS.get(field.path);
        return problem ? [problem] : [];
      })
    : [];

  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <CatalogueSearchForm
        // A new address (a search, Back) starts the form from the filters it holds.
        key={`${search} ${refusedFields.join(' ')}`}
        filters={filters}
        refused={refusedFields}
        onSearch={(next) => navigate(catalogueHref(next))}
      />
      {error && (
        <p role="alert" className="error">
          {refused ? t('results.refused') : t('results.failed', { message: failureWords(error) })}
        </p>
      )}
      {!error && (
        <CatalogueResults
          filters={filters}
          results={shown}
          // Until the page shown is the latest answer, the heading says the search is on.
          searching={
            (results.isFetching && (results.isPlaceholderData || !results.data)) || shown !== results.data
          }
          headingRef={heading}
        />
      )}
    </section>
  );
}
