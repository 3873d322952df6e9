/**
 * One partner or linked enterprise on the company page: its relation to you and its figures, the de
 * minimis aid it received (when it is linked to you, the two of you are one "single undertaking" and its
 * aid counts toward your ceiling, Reg. (EU) 2023/2831 art. 2(2)), and its own partner and linked
 * enterprises (2003/361 Annex art. 6(3)–(4)), whose relation is towards it, not you.
 */
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import {
  type EnterpriseValues,
  emptyEnterprise,
  emptyRelatedAid,
  type RelatedAidValues,
  type RelatedValues,
} from './profile-form-values';

export interface RowProps<T> {
  index: number;
  value: T;
  errors: Record<string, string>;
  onChange: (value: T) => void;
  onRemove: () => void;
}

type TextKey = Exclude<keyof EnterpriseValues, 'controls' | 'exemptInvestor' | 'storedIndex'>;
type Text = { key: TextKey; path: string; label: 'Name' | 'Share' | 'Staff' | 'Turnover' | 'BalanceSheet' };
/** Each text field: its schema path, and its label's key after `company.related` or `company.second`. */
const RELATION: Text[] = [
  { key: 'name', path: 'name', label: 'Name' },
  { key: 'sharePct', path: 'sharePct', label: 'Share' },
];
const FIGURES: Text[] = [
  { key: 'staffAwu', path: 'staffAwu', label: 'Staff' },
  { key: 'turnover', path: 'turnoverCents', label: 'Turnover' },
  { key: 'balanceSheet', path: 'balanceSheetCents', label: 'BalanceSheet' },
];

interface EnterpriseProps {
  /** `related-0` or `related-0-second-1`: the start of every field id. */
  id: string;
  /** `related.0` or `related.0.related.1`: the schema path its errors are keyed under. */
  path: string;
  /** Its labels: `company.related…` (enterprise n) or `company.second…` (enterprise m of enterprise n). */
  labels: 'related' | 'second';
  n: number;
  m?: number;
  value: EnterpriseValues;
  errors: Record<string, string>;
  onChange: (value: EnterpriseValues) => void;
}

/** Name, share, control, exempt investor and figures of one enterprise. */
function EnterpriseInputs({ id, path, labels, n, m, value, errors, onChange }: EnterpriseProps) {
  const { t } = useTranslation();
  const text = ({ key, path: field, label }: Text) => (
    <Field
      key={key}
      id={`${id}-${key}`}
      label={t(`company.${labels}${label}`, { n, m })}
      error={errors[`${path}.${field}`]}
    >
      {(aria) => (
        <input
          {...aria}
          inputMode={key === 'name' ? undefined : 'decimal'}
          value={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  const check = (key: 'controls' | 'exemptInvestor', suffix: string, label: 'Controls' | 'Exempt') => (
    <div className="check">
      <input
        id={`${id}-${suffix}`}
        type="checkbox"
        checked={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.checked })}
      />
      <label htmlFor={`${id}-${suffix}`}>{t(`company.${labels}${label}`, { n, m })}</label>
    </div>
  );
  return (
    <>
      {RELATION.map(text)}
      {check('controls', 'controls', 'Controls')}
      {check('exemptInvestor', 'exempt', 'Exempt')}
      {FIGURES.map(text)}
    </>
  );
}

export function RelatedFields({ index, value, errors, onChange, onRemove }: RowProps<RelatedValues>) {
  const { t } = useTranslation();
  const n = index + 1;
  const id = `related-${index}`;
  const path = `related.${index}`;
  const setAid = (aidReceived: RelatedAidValues[]) => onChange({ ...value, aidReceived });
  const setSecond = (secondTier: EnterpriseValues[]) => onChange({ ...value, secondTier });
  return (
    <div className="related">
      <EnterpriseInputs
        id={id}
        path={path}
        labels="related"
        n={n}
        value={value}
        errors={errors}
        onChange={(next) => onChange({ ...value, ...next })}
      />

      <fieldset>
        <legend>{t('company.relatedAid', { n })}</legend>
        <p className="hint">{t('company.relatedAidHint')}</p>
        {value.aidReceived.map((aid, j) => {
          const m = j + 1;
          const input = (key: 'grantedOn' | 'amount', field: string, label: string, type = 'text') => (
            <Field
              id={`${id}-aid-${j}-${key}`}
              label={label}
              error={errors[`${path}.deMinimisReceived.${j}.${field}`]}
            >
              {(aria) => (
                <input
                  {...aria}
                  type={type}
                  inputMode={type === 'text' ? 'decimal' : undefined}
                  value={aid[key]}
                  onChange={(e) =>
                    setAid(value.aidReceived.map((x, k) => (k === j ? { ...aid, [key]: e.target.value } : x)))
                  }
                />
              )}
            </Field>
          );
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: aid items have no id; their position is their identity here.
            <div key={j} className="aid">
              {input('grantedOn', 'grantedOn', t('company.relatedAidDate', { n, m }), 'date')}
              {input('amount', 'cents', t('company.relatedAidAmount', { n, m }))}
              <button type="button" onClick={() => setAid(value.aidReceived.filter((_, k) => k !== j))}>
                {t('company.removeRelatedAid', { n, m })}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => setAid([...value.aidReceived, { ...emptyRelatedAid }])}>
          {t('company.addRelatedAid', { n })}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('company.second', { n })}</legend>
        <p className="hint">{t('company.secondHint', { n })}</p>
        {value.secondTier.map((second, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: related enterprises have no id; their position is their identity here.
          <div key={j} className="related">
            <EnterpriseInputs
              id={`${id}-second-${j}`}
              path={`${path}.related.${j}`}
              labels="second"
              n={n}
              m={j + 1}
              value={second}
              errors={errors}
              onChange={(next) => setSecond(value.secondTier.map((x, k) => (k === j ? next : x)))}
            />
            <button type="button" onClick={() => setSecond(value.secondTier.filter((_, k) => k !== j))}>
              {t('company.removeSecond', { n, m: j + 1 })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setSecond([...value.secondTier, { ...emptyEnterprise }])}>
          {t('company.addSecond', { n })}
        </button>
      </fieldset>

      <button type="button" onClick={onRemove}>
        {t('company.removeRelated', { n })}
      </button>
    </div>
  );
}
