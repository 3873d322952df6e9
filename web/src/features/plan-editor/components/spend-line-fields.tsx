/**
 * One planned expense: what, which type, how much, where it stands and when, and — only where an open
 * call checks it — which technology it serves, one-off or subscription, new or used, the supplier's
 * ties and registration, units and the service start. Every code is picked by its name, never typed.
 * Each control's id is `line-<lineId>-<field>`, so a report's next step can link to it.
 */
import { useTranslation } from 'react-i18next';
import { AID_STATUSES } from '../../../../../shared/companies/aid-kinds';
import {
  isInvoiced,
  LINE_STATUSES,
  PAYMENT_METHODS,
  tagsWithType,
} from '../../../../../shared/plans/line-options';
import type { LineQuestions } from '../../../../../shared/plans/line-questions';
import { AidKindOptions } from '../../../components/aid-kind-options';
import { Field } from '../../../components/field';
import { useLabels } from '../../../lib/labels';
import type { LineValues } from './plan-form-values';

interface Props {
  index: number;
  line: LineValues;
  categories: readonly string[];
  questions: LineQuestions;
  errors: Record<string, string>;
  onChange: (line: LineValues) => void;
  onRemove: () => void;
}

const toggle = (list: readonly string[], item: string, on: boolean) =>
  on ? [...new Set([...list, item])] : list.filter((x) => x !== item);

/** Today on the device, as the date field writes days (YYYY-MM-DD, local time). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function SpendLineFields({ index, line, categories, questions, errors, onChange, onRemove }: Props) {
  const n = index + 1;
  const { t } = useTranslation();
  const labels = useLabels();
  const error = (field: string) => errors[`lines.${index}.${field}`];
  const id = (field: string) => `line-${line.id}-${field}`;
  const set = (patch: Partial<LineValues>) => onChange({ ...line, ...patch });
  const invoiced = isInvoiced(line.status);

  const checkGroup = (field: string, legend: string, hint: string, tags: readonly string[]) =>
    tags.length > 0 && (
      <fieldset className="checks" id={id(field)} tabIndex={-1} aria-describedby={`${id(field)}-hint`}>
        <legend>{legend}</legend>
        <p id={`${id(field)}-hint`} className="hint">
          {hint}
        </p>
        {tags.map((tag) => (
          <div key={tag} className="check">
            <input
              id={id(`${field}-${tag.replace(/:/g, '-')}`)}
              type="checkbox"
              checked={line.tags.includes(tag)}
              onChange={(e) => set({ tags: toggle(line.tags, tag, e.target.checked) })}
            />
            <label htmlFor={id(`${field}-${tag.replace(/:/g, '-')}`)}>{labels.tag(tag)}</label>
          </div>
        ))}
      </fieldset>
    );

  return (
    <fieldset className="spend-line" id={id('line')}>
      <legend>{t('planEditor.line', { n })}</legend>
      <Field
        id={id('description')}
        label={t('planEditor.lineDescription', { n })}
        error={error('description')}
      >
        {(aria) => (
          <input {...aria} value={line.description} onChange={(e) => set({ description: e.target.value })} />
        )}
      </Field>
      <Field id={id('category')} label={t('planEditor.lineCategory', { n })} error={error('category')}>
        {(aria) => (
          <select
            {...aria}
            value={line.category}
            onChange={(e) => set({ category: e.target.value, tags: tagsWithType(line.tags, e.target.value) })}
          >
            {categories.map((c) => (
              <option key={c} value={c}>
                {labels.taxonomy(c)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {checkGroup(
        'purpose',
        t('spendLine.purpose', { n }),
        t('spendLine.purposeHint'),
        questions.purposeTags,
      )}
      {checkGroup('kind', t('spendLine.kind', { n }), t('spendLine.kindHint'), questions.excludedKindTags)}
      <Field id={id('amount')} label={t('planEditor.lineAmount', { n })} error={error('amountCents')}>
        {(aria) => (
          <input
            {...aria}
            inputMode="decimal"
            value={line.amount}
            onChange={(e) => set({ amount: e.target.value })}
          />
        )}
      </Field>
      {questions.vat && (
        <Field id={id('vat')} label={t('spendLine.vat', { n })} error={error('vatCents')}>
          {(aria) => (
            <input
              {...aria}
              inputMode="decimal"
              value={line.vat}
              onChange={(e) => set({ vat: e.target.value })}
            />
          )}
        </Field>
      )}
      <Field id={id('status')} label={t('spendLine.status', { n })} error={error('status')}>
        {(aria) => (
          <select {...aria} value={line.status} onChange={(e) => set({ status: e.target.value })}>
            {LINE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {labels.lineStatus(s)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={id('date')}
        label={invoiced ? t('planEditor.lineDate', { n }) : t('spendLine.expectedDate', { n })}
        hint={
          invoiced
            ? undefined
            : // An expected date already past reads as a fact the report judges: ask which it is.
              t(
                line.date && line.date < today()
                  ? 'spendLine.expectedDatePassed'
                  : 'spendLine.expectedDateHint',
              )
        }
        error={error('date')}
      >
        {(aria) => (
          <input {...aria} type="date" value={line.date} onChange={(e) => set({ date: e.target.value })} />
        )}
      </Field>
      <Field
        id={id('supplier')}
        label={`${t('planEditor.lineSupplier', { n })} ${invoiced ? '' : t('common.optional')}`.trim()}
        error={error('supplier.name')}
      >
        {(aria) => (
          <input {...aria} value={line.supplier} onChange={(e) => set({ supplier: e.target.value })} />
        )}
      </Field>
      {questions.linkedSupplier && (
        <div className="check">
          <input
            id={id('linked')}
            type="checkbox"
            checked={line.linked}
            onChange={(e) => set({ linked: e.target.checked })}
          />
          <label htmlFor={id('linked')}>{t('spendLine.linked', { n })}</label>
        </div>
      )}
      {questions.accreditationLists.map((list) => (
        <div key={list} className="check">
          <input
            id={id(`registered-${list}`)}
            type="checkbox"
            checked={line.accreditations.includes(list)}
            onChange={(e) => set({ accreditations: toggle(line.accreditations, list, e.target.checked) })}
          />
          <label htmlFor={id(`registered-${list}`)}>
            {t('spendLine.registered', { n, list: labels.list(list) })}
          </label>
        </div>
      ))}
      {questions.recurring && (
        <fieldset className="checks" id={id('recurring')} tabIndex={-1}>
          <legend>{t('spendLine.howBought', { n })}</legend>
          {(['one-off', 'subscription'] as const).map((kind) => (
            <div key={kind} className="check">
              <input
                id={id(`recurring-${kind}`)}
                type="radio"
                name={id('recurring')}
                checked={line.recurring === (kind === 'subscription')}
                onChange={() => set({ recurring: kind === 'subscription' })}
              />
              <label htmlFor={id(`recurring-${kind}`)}>
                {t(`spendLine.${kind === 'one-off' ? 'oneOff' : 'subscription'}`)}
              </label>
            </div>
          ))}
          {line.recurring && (
            <>
              <Field id={id('months')} label={t('spendLine.months', { n })} error={error('recurring.months')}>
                {(aria) => (
                  <input
                    {...aria}
                    inputMode="numeric"
                    value={line.months}
                    onChange={(e) => set({ months: e.target.value })}
                  />
                )}
              </Field>
              <Field
                id={id('starts')}
                label={t('spendLine.startsOn', { n })}
                error={error('recurring.startsOn')}
              >
                {(aria) => (
                  <input
                    {...aria}
                    type="date"
                    value={line.startsOn}
                    onChange={(e) => set({ startsOn: e.target.value })}
                  />
                )}
              </Field>
            </>
          )}
        </fieldset>
      )}
      {questions.usedGoods && (
        <div className="check">
          <input
            id={id('used')}
            type="checkbox"
            checked={line.usedGoods}
            onChange={(e) => set({ usedGoods: e.target.checked })}
          />
          <label htmlFor={id('used')}>{t('spendLine.used', { n })}</label>
        </div>
      )}
      {questions.units.length > 0 && (
        <Field
          id={id('units')}
          label={t('spendLine.units', { n, unit: labels.unit(questions.units[0] ?? 'person-day') })}
          hint={t('spendLine.unitsHint')}
          error={error('units.count')}
        >
          {(aria) => (
            <input
              {...aria}
              inputMode="numeric"
              value={line.units}
              onChange={(e) => set({ units: e.target.value })}
            />
          )}
        </Field>
      )}
      {questions.serviceStart && (
        <Field
          id={id('service-start')}
          label={t('spendLine.serviceStart', { n })}
          hint={t('spendLine.serviceStartHint')}
          error={error('serviceStartsOn')}
        >
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={line.serviceStartsOn}
              onChange={(e) => set({ serviceStartsOn: e.target.value })}
            />
          )}
        </Field>
      )}
      {questions.payment && (
        <Field id={id('payment')} label={t('spendLine.payment', { n })} error={error('payment')}>
          {(aria) => (
            <select {...aria} value={line.payment} onChange={(e) => set({ payment: e.target.value })}>
              {PAYMENT_METHODS.map((p) => (
                <option key={p} value={p}>
                  {t(`spendLine.payments.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {questions.otherAid && (
        <fieldset
          className="checks"
          id={id('other-aid')}
          tabIndex={-1}
          aria-describedby={`${id('other-aid')}-hint`}
        >
          <legend>{t('spendLine.otherAid', { n })}</legend>
          <p id={`${id('other-aid')}-hint`} className="hint">
            {t('spendLine.otherAidHint')}
          </p>
          <div className="check">
            <input
              id={id('other-aid-yes')}
              type="checkbox"
              checked={line.otherAid}
              onChange={(e) => set({ otherAid: e.target.checked })}
            />
            <label htmlFor={id('other-aid-yes')}>{t('spendLine.otherAidYes')}</label>
          </div>
          {line.otherAid && (
            <>
              <Field
                id={id('aid-kind')}
                label={t('spendLine.aidKind', { n })}
                error={error('otherAid.0.kind')}
              >
                {(aria) => (
                  <select {...aria} value={line.aidKind} onChange={(e) => set({ aidKind: e.target.value })}>
                    <AidKindOptions />
                  </select>
                )}
              </Field>
              <Field
                id={id('aid-status')}
                label={t('spendLine.aidStatus', { n })}
                error={error('otherAid.0.status')}
              >
                {(aria) => (
                  <select
                    {...aria}
                    value={line.aidStatus}
                    onChange={(e) => set({ aidStatus: e.target.value })}
                  >
                    {AID_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`spendLine.aidStatuses.${s}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                id={id('aid-amount')}
                label={t('spendLine.aidAmount', { n })}
                hint={t('spendLine.aidAmountHint')}
                error={error('otherAid.0.cents')}
              >
                {(aria) => (
                  <input
                    {...aria}
                    inputMode="decimal"
                    value={line.aidAmount}
                    onChange={(e) => set({ aidAmount: e.target.value })}
                  />
                )}
              </Field>
              <Field
                id={id('aid-share')}
                label={t('spendLine.aidShare', { n })}
                error={error('otherAid.0.intensityBp')}
              >
                {(aria) => (
                  <input
                    {...aria}
                    inputMode="decimal"
                    value={line.aidShare}
                    onChange={(e) => set({ aidShare: e.target.value })}
                  />
                )}
              </Field>
              <Field
                id={id('aid-body')}
                label={t('spendLine.aidBody', { n })}
                error={error('otherAid.0.grantingBody')}
              >
                {(aria) => (
                  <input {...aria} value={line.aidBody} onChange={(e) => set({ aidBody: e.target.value })} />
                )}
              </Field>
            </>
          )}
        </fieldset>
      )}
      <button type="button" onClick={onRemove}>
        {t('planEditor.removeLine', { n })}
      </button>
    </fieldset>
  );
}
