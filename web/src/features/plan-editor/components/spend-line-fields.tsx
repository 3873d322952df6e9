/** One planned expense: what, which category, from whom, how much and when; each field labelled with its line number. */
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import type { LineValues } from './plan-form-values';

interface Props {
  index: number;
  line: LineValues;
  categories: readonly string[];
  errors: Record<string, string>;
  onChange: (line: LineValues) => void;
  onRemove: () => void;
}

const label = (category: string) => category.replace(/-/g, ' ');

export function SpendLineFields({ index, line, categories, errors, onChange, onRemove }: Props) {
  const n = index + 1;
  const { t } = useTranslation();
  const error = (field: string) => errors[`lines.${index}.${field}`];
  const id = `line-${index}`;
  return (
    <fieldset className="spend-line">
      <legend>{t('planEditor.line', { n })}</legend>
      <Field
        id={`${id}-description`}
        label={t('planEditor.lineDescription', { n })}
        error={error('description')}
      >
        {(aria) => (
          <input
            {...aria}
            value={line.description}
            onChange={(e) => onChange({ ...line, description: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${id}-category`} label={t('planEditor.lineCategory', { n })} error={error('category')}>
        {(aria) => (
          <select
            {...aria}
            value={line.category}
            onChange={(e) => onChange({ ...line, category: e.target.value })}
          >
            {categories.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-supplier`} label={t('planEditor.lineSupplier', { n })} error={error('supplier.name')}>
        {(aria) => (
          <input
            {...aria}
            value={line.supplier}
            onChange={(e) => onChange({ ...line, supplier: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${id}-amount`} label={t('planEditor.lineAmount', { n })} error={error('amountCents')}>
        {(aria) => (
          <input
            {...aria}
            inputMode="decimal"
            value={line.amount}
            onChange={(e) => onChange({ ...line, amount: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${id}-date`} label={t('planEditor.lineDate', { n })} error={error('date')}>
        {(aria) => (
          <input
            {...aria}
            type="date"
            value={line.date}
            onChange={(e) => onChange({ ...line, date: e.target.value })}
          />
        )}
      </Field>
      <button type="button" onClick={onRemove}>
        {t('planEditor.removeLine', { n })}
      </button>
    </fieldset>
  );
}
