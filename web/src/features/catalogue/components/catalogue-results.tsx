/**
 * One page of catalogue results: how many calls were found, each call as a card (title linking to its
 * page, granting body, status, closing date in Italy's time, where, aid, the start of its description),
 * previous / next page links that keep the search, and the catalogue's attribution under the list.
 */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CatalogueHit } from '../../../../../shared/catalogue/search-catalogue';
import { type CatalogueFilters, catalogueHref } from '../catalogue-filters';
import { useCatalogueWords } from './use-catalogue-words';

export interface ResultsPage {
  items: CatalogueHit[];
  total: number;
  page: number;
  pageSize: number;
  attribution: string;
}

interface Props {
  filters: CatalogueFilters;
  results: ResultsPage | undefined;
  /** A newer search is on its way: the page shown is the previous one. */
  searching: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}

export function CatalogueResults({ filters, results, searching, headingRef }: Props) {
  const { t } = useTranslation('catalogue');
  const words = useCatalogueWords();
  const pages = results ? Math.max(1, Math.ceil(results.total / results.pageSize)) : 1;
  const page = results?.page ?? filters.page;
  return (
    <section aria-labelledby="catalogue-results-title" aria-busy={searching}>
      <div aria-live="polite" aria-atomic="true">
        <h2 id="catalogue-results-title" ref={headingRef} tabIndex={-1}>
          {results && !searching ? t('results.found', { count: results.total }) : t('results.searching')}
        </h2>
      </div>
      {results && results.total === 0 && (
        <>
          <p>{t('results.none')}</p>
          <p>
            {t('results.noneHint')} <Link to="/catalogue">{t('form.clear')}</Link>
          </p>
        </>
      )}
      {results && results.items.length > 0 && (
        <ul className="card-list">
          {results.items.map((hit) => (
            <li key={hit.sourceId} className="card">
              <h3>
                <Link to={`/catalogue/${encodeURIComponent(hit.sourceId)}`}>{hit.title}</Link>
              </h3>
              {hit.grantingBody && <p className="hint">{hit.grantingBody}</p>}
              <dl className="facts">
                <div>
                  <dt>{t('results.status')}</dt>
                  <dd>{words.status(hit.status)}</dd>
                </div>
                <div>
                  <dt>{t('results.closes')}</dt>
                  <dd>{words.closes(hit)}</dd>
                </div>
                <div>
                  <dt>{t('results.where')}</dt>
                  <dd>{words.where(hit)}</dd>
                </div>
                <div>
                  <dt>{t('results.aid')}</dt>
                  <dd>{words.amount(hit.aid)}</dd>
                </div>
              </dl>
              {hit.excerpt && <p>{hit.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
      {results && (pages > 1 || page > 1) && (
        <nav aria-label={t('results.pages')} className="pager">
          {page > 1 && (
            <Link to={catalogueHref({ ...filters, page: Math.min(page - 1, pages) })}>
              {t('results.previous')}
            </Link>
          )}
          <span>{t('results.page', { page, pages })}</span>
          {page < pages && (
            <Link to={catalogueHref({ ...filters, page: page + 1 })}>{t('results.next')}</Link>
          )}
        </nav>
      )}
      {results && <p className="hint attribution">{results.attribution}</p>}
    </section>
  );
}
