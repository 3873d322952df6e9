/**
 * The catalogue's search form. Its fields start from the filters in the address bar (the page remounts
 * it when the address changes, so Back shows the search that was made); sending it writes a new address.
 * Typing mistakes (an ATECO code, a date, an amount) are named at their field and nothing is sent.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Field } from '../../../components/field';
import {
  type CatalogueFilters,
  eurosText,
  type FormProblem,
  filterCount,
  filtersFromForm,
  SIZES,
  STATUSES,
} from '../catalogue-filters';
import { useCatalogueWords } from './use-catalogue-words';

interface Props {
  filters: CatalogueFilters;
  /** Fields the API refused, named in the reader's language at the field. */
  refused: readonly FormProblem[];
  onSearch(filters: CatalogueFilters): void;
}

export function CatalogueSearchForm({ filters, refused, onSearch }: Props) {
  const { t } = useTranslation('catalogue');
  const words = useCatalogueWords();
  const [problems, setProblems] = useState<readonly FormProblem[]>(refused);
  const problem = (field: FormProblem, message: string) => (problems.includes(field) ? message : undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = filtersFromForm(new FormData(event.currentTarget));
    setProblems(read.problems);
    if (read.problems.length === 0) onSearch(read.filters);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="catalogue-search-title">
      <h2 id="catalogue-search-title">{t('form.heading')}</h2>
      <Field id="catalogue-q" label={t('form.words')} hint={t('form.wordsHint')}>
        {(aria) => <input {...aria} name="q" type="search" maxLength={200} defaultValue={filters.q ?? ''} />}
      </Field>
      <div className="filter-grid">
        <Field id="catalogue-region" label={t('form.region')} hint={t('form.regionHint')}>
          {(aria) => (
            <select {...aria} name="region" defaultValue={filters.region ?? ''}>
              <option value="">{t('form.anyRegion')}</option>
              {words.names.regionOptions().map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="catalogue-size" label={t('form.size')}>
          {(aria) => (
            <select {...aria} name="size" defaultValue={filters.size ?? ''}>
              <option value="">{t('form.anySize')}</option>
              {SIZES.map((size) => (
                <option key={size} value={size}>
                  {words.size(size)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="catalogue-ateco"
          label={t('form.ateco')}
          hint={t('form.atecoHint')}
          error={problem('ateco', t('form.atecoProblem'))}
        >
          {(aria) => (
            <input
              {...aria}
              name="ateco"
              inputMode="decimal"
              autoComplete="off"
              maxLength={8}
              defaultValue={filters.ateco ?? ''}
            />
          )}
        </Field>
        <Field id="catalogue-purpose" label={t('form.purpose')}>
          {(aria) => (
            <select {...aria} name="purpose" defaultValue={filters.purpose ?? ''}>
              <option value="">{t('form.anyPurpose')}</option>
              {words.names.purposeOptions().map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="catalogue-aid-form" label={t('form.aidForm')}>
          {(aria) => (
            <select {...aria} name="aidForm" defaultValue={filters.aidForm ?? ''}>
              <option value="">{t('form.anyAidForm')}</option>
              {words.names.aidFormOptions().map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="catalogue-status" label={t('form.status')}>
          {(aria) => (
            <select {...aria} name="status" defaultValue={filters.status ?? ''}>
              <option value="">{t('form.anyStatus')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {words.status(status)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="catalogue-closes-before"
          label={t('form.closesBefore')}
          error={problem('closesBefore', t('form.closesBeforeProblem'))}
        >
          {(aria) => (
            <input {...aria} name="closesBefore" type="date" defaultValue={filters.closesBefore ?? ''} />
          )}
        </Field>
        <Field
          id="catalogue-min-aid"
          label={t('form.minAid')}
          hint={t('form.minAidHint')}
          error={problem('minAid', t('form.minAidProblem'))}
        >
          {(aria) => (
            <input
              {...aria}
              name="minAid"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={filters.minAidCents !== undefined ? eurosText(filters.minAidCents) : ''}
            />
          )}
        </Field>
        <Field id="catalogue-sort" label={t('form.sort')}>
          {(aria) => (
            <select {...aria} name="sort" defaultValue={filters.sort ?? ''}>
              <option value="">{t('form.sortAuto')}</option>
              <option value="deadline">{t('form.sortDeadline')}</option>
              <option value="relevance">{t('form.sortRelevance')}</option>
            </select>
          )}
        </Field>
      </div>
      <div aria-live="polite">{problems.length > 0 && <p className="error">{t('form.fix')}</p>}</div>
      <div className="form-actions">
        <button type="submit">{t('form.submit')}</button>
        {(filterCount(filters) > 0 || filters.q !== undefined) && (
          <Link to="/catalogue">{t('form.clear')}</Link>
        )}
      </div>
    </form>
  );
}
