/**
 * Which financial year the figures are for, and the earlier years' figures: under the EU definition
 * (2003/361 Annex art. 4(2)) a company changes size class only after two consecutive years past a
 * threshold, so a company that crossed one last year keeps its class, and the helper says why.
 */
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { formatMonthDay } from '../../../lib/format';
import { emptyYear, type ProfileFormValues, type YearValues } from './profile-form-values';

type Shown = Pick<ProfileFormValues, 'figuresYear' | 'earlierYears' | 'fiscalYearEnd'>;
interface Props {
  values: Shown;
  errors: Record<string, string>;
  onChange: (patch: Partial<Shown>) => void;
}

/** The last day of each month as MM-DD ('' stands for 31 December, the calendar year). */
const MONTH_ENDS = Array.from({ length: 11 }, (_, m) => {
  const last = new Date(Date.UTC(2001, m + 1, 0)).getUTCDate();
  return `${String(m + 1).padStart(2, '0')}-${last}`;
});

export function FiguresOverYears({ values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const years = values.earlierYears;
  const setYear = (i: number, next: YearValues) =>
    onChange({ earlierYears: years.map((y, j) => (j === i ? next : y)) });
  return (
    <>
      <Field
        id="company-figuresYear"
        label={t('company.figuresYear')}
        hint={t('company.figuresYearHint')}
        error={errors.figuresYear}
      >
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            value={values.figuresYear}
            onChange={(e) => onChange({ figuresYear: e.target.value })}
          />
        )}
      </Field>
      <Field
        id="company-fiscalYearEnd"
        label={t('company.fiscalYearEnd')}
        hint={t('company.fiscalYearEndHint')}
        error={errors.fiscalYearEnd}
      >
        {(aria) => (
          <select
            {...aria}
            value={values.fiscalYearEnd}
            onChange={(e) => onChange({ fiscalYearEnd: e.target.value })}
          >
            <option value="">{formatMonthDay('12-31')}</option>
            {[...new Set([...MONTH_ENDS, values.fiscalYearEnd])]
              .filter((d) => d !== '' && d !== '12-31')
              .map((d) => (
                <option key={d} value={d}>
                  {formatMonthDay(d)}
                </option>
              ))}
          </select>
        )}
      </Field>
      <fieldset id="company-earlier-years" tabIndex={-1}>
        <legend>{t('company.earlierYears')}</legend>
        <p className="hint">{t('company.earlierYearsHint')}</p>
        {years.map((year, i) => {
          const n = i + 1;
          const input = (key: keyof YearValues, path: string, label: string) => (
            <Field id={`year-${i}-${key}`} label={label} error={errors[`figuresByYear.${i}.${path}`]}>
              {(aria) => (
                <input
                  {...aria}
                  inputMode={key === 'year' ? 'numeric' : 'decimal'}
                  value={year[key]}
                  onChange={(e) => setYear(i, { ...year, [key]: e.target.value })}
                />
              )}
            </Field>
          );
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: earlier years have no id; their position is their identity here.
            <div key={i} className="aid">
              {input('year', 'year', t('company.yearOf', { n }))}
              {input('staffAwu', 'staffAwu', t('company.yearStaff', { n }))}
              {input('turnover', 'turnoverCents', t('company.yearTurnover', { n }))}
              {input('balanceSheet', 'balanceSheetCents', t('company.yearBalanceSheet', { n }))}
              <button
                type="button"
                onClick={() => onChange({ earlierYears: years.filter((_, j) => j !== i) })}
              >
                {t('company.removeYear', { n })}
              </button>
            </div>
          );
        })}
        {errors.figuresByYear && (
          <p className="error" role="alert">
            {errors.figuresByYear}
          </p>
        )}
        <button type="button" onClick={() => onChange({ earlierYears: [...years, { ...emptyYear }] })}>
          {t('company.addYear')}
        </button>
      </fieldset>
    </>
  );
}
