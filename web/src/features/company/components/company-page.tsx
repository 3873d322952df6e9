/**
 * The SME's company profile: who it is, where (places picked by name), its activity (code or words),
 * the figures its size class comes from (shown live), the standing declarations calls ask for (given
 * once with their day, kept until withdrawn), partner and linked enterprises (with the de minimis aid
 * each received and their own related enterprises: ./related-enterprise-fields.tsx), and aid already
 * received (its kind, for de minimis aid the regulation it was granted under, and the plan costs it paid
 * for: ./aid-costs-fields.tsx).
 * A concurrent save answers 409 with the stored version; the SME sees both and chooses.
 */

import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../../../shared/companies/company-schema';
import { DE_MINIMIS_REGULATIONS } from '../../../../../shared/companies/de-minimis-regulations';
import { DECLARATIONS } from '../../../../../shared/companies/declarations';
import { placesIn } from '../../../../../shared/places/regions';
import { AidKindOptions } from '../../../components/aid-kind-options';
import { DraftNotice } from '../../../components/draft-notice';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';
import { plainServerMessages } from '../../../lib/field-messages';
import { useLabels } from '../../../lib/labels';
import { useDeferredData } from '../../../lib/use-deferred-data';
import { useFormDraft } from '../../../lib/use-form-draft';
import { useLazySend } from '../../../lib/use-lazy-send';
import { useModuleWhen } from '../../../lib/use-module-when';
import { useServerValues } from '../../../lib/use-server-values';
import {
  conflictingProfile,
  type PlannedCost,
  type StoredProfile,
  useAskedByOpenCalls,
  useCompany,
  usePlannedCosts,
  useSaveCompany,
} from '../api/company';
import { AidCostsFields } from './aid-costs-fields';
import { FiguresOverYears } from './figures-over-years';
import { PastGrantsFields } from './past-grants-fields';
import { PlacePicker } from './place-picker';
import {
  type AidValues,
  emptyAid,
  emptyProfile,
  emptyRelated,
  type ProfileFormValues,
  toFormValues,
  withDraft,
} from './profile-form-values';
import { RelatedFields, type RowProps } from './related-enterprise-fields';
import { SizeClassHelper } from './size-class-helper';

type TextKey = 'name' | 'registeredOn' | 'staffAwu' | 'turnover' | 'balanceSheet' | 'publicOwnershipPct';
const FIGURES: { key: TextKey; path: string; label: MessageKey; hint?: MessageKey; type?: string }[] = [
  { key: 'registeredOn', path: 'registeredOn', label: 'company.registeredOn', type: 'date' },
  { key: 'staffAwu', path: 'figures.staffAwu', label: 'company.staff', hint: 'company.staffHint' },
  { key: 'turnover', path: 'figures.turnoverCents', label: 'company.turnover' },
  { key: 'balanceSheet', path: 'figures.balanceSheetCents', label: 'company.balanceSheet' },
  { key: 'publicOwnershipPct', path: 'publicOwnershipPct', label: 'company.publicOwnership' },
];

type MessageKey =
  | 'company.registeredOn'
  | 'company.staff'
  | 'company.staffHint'
  | 'company.turnover'
  | 'company.balanceSheet'
  | 'company.publicOwnership';

const today = () => new Date().toISOString().slice(0, 10);
// The schema that reads the form back: loaded once the form is edited or sent, not on a first visit.
const loadParser = () => import('./parse-profile');

export function CompanyPage() {
  const query = useCompany();
  // The long form renders from a deferred copy, after the heading (../../../lib/use-deferred-data.ts).
  const data = useDeferredData(query.data);
  // A failed refetch keeps the form (and what is typed in it); only a first load that fails says so.
  const failed = query.isError && query.data === undefined;
  const pending = data === undefined && !failed;
  const save = useSaveCompany();
  const { t } = useTranslation();
  const labels = useLabels();
  const askedByCalls = useAskedByOpenCalls();
  const [values, setValues] = useState<ProfileFormValues>(emptyProfile);
  const plannedCosts = usePlannedCosts(values.aid.length > 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const base: Company | undefined = data?.company;
  const server = useServerValues<StoredProfile, ProfileFormValues>(
    data,
    (stored) => toFormValues(stored.company),
    values,
    setValues,
  );
  // The version the form's values were loaded from, not the newest fetched: edits made on an older one
  // meet the 409 rather than overwrite a version the SME never saw.
  const revision = server.base?.revision ?? 0;
  // What the form shows before any edit: the stored profile, or an empty one for a new company.
  const baseline = useMemo(
    () => (pending ? undefined : data ? toFormValues(data.company) : emptyProfile),
    [pending, data],
  );
  // A draft may predate fields the form has now: those show the stored profile's values.
  const draft = useFormDraft(
    'company',
    baseline,
    values,
    (kept) => setValues(withDraft(baseline ?? emptyProfile, kept)),
    revision,
    () => data && server.rebase(data),
  );
  // A next step links to one field (#company-<field>): focus it once the profile is there.
  const ready = !pending;
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }, [ready]);

  const theirs = conflictingProfile(save.error);
  // Edited by the person (typed, or edits kept from an earlier visit), not the stored values arriving.
  const [touched, setTouched] = useState(false);
  const edited = touched || draft.restored;
  const parser = useModuleWhen(edited, loadParser);
  // The size class follows the figures as they are typed; until an edit it is the stored profile's.
  const live = parser ? parser.parseProfile(values, base).company : base;
  const set = (patch: Partial<ProfileFormValues>) => {
    setTouched(true);
    setValues({ ...values, ...patch });
  };

  const { sendWith, unsent } = useLazySend(loadParser);
  const submit = (atRevision: number) =>
    sendWith((reader) => {
      const parsed = reader.parseProfile(values, theirs?.company ?? base);
      setErrors(parsed.errors ?? {});
      setSaved(false);
      if (!parsed.company) return;
      const { id: _id, ...profile } = parsed.company;
      save.mutate(
        { ...profile, revision: atRevision },
        {
          onSuccess: (record) => {
            server.rebase(record);
            draft.forget();
            setSaved(true);
          },
          onError: (error) => {
            if (error instanceof ApiRequestError && error.body.fields) {
              setErrors(plainServerMessages(error.body.fields));
            }
          },
        },
      );
    });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Restored edits are saved on the version they were made on: a newer one answers 409.
    void submit(draft.revision ?? revision);
  };

  const text = (key: TextKey, path: string, label: string, hint?: string, type = 'text') => (
    <Field key={key} id={`company-${key}`} label={label} hint={hint} error={errors[path]}>
      {(aria) => (
        <input {...aria} type={type} value={values[key]} onChange={(e) => set({ [key]: e.target.value })} />
      )}
    </Field>
  );
  const sectorCode = values.sectorCode.trim().match(/^[A-Za-z]?\d{2}(?:\.\d{1,2}){0,2}/)?.[0];

  // The title and what the page is for show at once; the form follows with the profile.
  const heading = (
    <>
      <h1 id="company-title">{t('company.title')}</h1>
      <p>{t('company.intro')}</p>
    </>
  );
  if (failed) {
    return (
      <section aria-labelledby="company-title">
        {heading}
        <p role="alert">{t('company.failed', { message: failureWords(query.error) })}</p>
      </section>
    );
  }
  if (pending) {
    return (
      <section aria-labelledby="company-title">
        {heading}
        <p role="status">{t('common.loading')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="company-title">
      {heading}
      <DraftNotice draft={draft} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="company-title">
        {text('name', 'name', t('company.name'))}
        <PlacePicker
          places={values.places}
          error={errors.regionCodes}
          onChange={(places) => set({ places })}
        />
        <Field
          id="company-sectorCode"
          label={t('company.sector')}
          hint={t('company.sectorHint')}
          error={errors.sectorCode}
        >
          {(aria) => (
            <input
              {...aria}
              list="company-sectors"
              autoComplete="off"
              value={values.sectorCode}
              onChange={(e) => set({ sectorCode: e.target.value })}
            />
          )}
        </Field>
        <datalist id="company-sectors">
          {labels.sectors().map(([code, name]) => (
            <option key={code} value={`${code} — ${name}`} />
          ))}
        </datalist>
        {sectorCode && (
          <p className="hint" aria-live="polite">
            {t('company.sectorPicked', { sector: labels.sector(sectorCode) })}
          </p>
        )}
        {FIGURES.map((f) => text(f.key, f.path, t(f.label), f.hint && t(f.hint), f.type))}
        <FiguresOverYears values={values} errors={errors} onChange={set} />

        <fieldset id="company-declarations" tabIndex={-1}>
          <legend>{t('company.declarations')}</legend>
          <p className="hint">{t('company.declarationsHint')}</p>
          {DECLARATIONS.map((d) => {
            const on = values.declarations[d] !== undefined;
            return (
              <div key={d} className="declaration">
                <div className="check">
                  <input
                    id={`company-declaration-${d}`}
                    type="checkbox"
                    checked={on}
                    onChange={(e) =>
                      set({
                        declarations: e.target.checked
                          ? { ...values.declarations, [d]: today() }
                          : Object.fromEntries(Object.entries(values.declarations).filter(([k]) => k !== d)),
                      })
                    }
                  />
                  <label htmlFor={`company-declaration-${d}`}>{labels.declaration(d)}</label>
                </div>
                {on && (
                  <Field
                    id={`company-declared-${d}`}
                    label={t('company.declaredOn', { declaration: labels.declaration(d) })}
                    error={errors[`declaredOn.${d}`]}
                  >
                    {(aria) => (
                      <input
                        {...aria}
                        type="date"
                        value={values.declarations[d] ?? ''}
                        onChange={(e) =>
                          set({ declarations: { ...values.declarations, [d]: e.target.value } })
                        }
                      />
                    )}
                  </Field>
                )}
              </div>
            );
          })}
        </fieldset>

        <PastGrantsFields
          asked={askedByCalls.data}
          values={values}
          errors={errors}
          set={set}
          year={Number(today().slice(0, 4))}
        />

        <fieldset id="company-related" tabIndex={-1}>
          <legend>{t('company.related')}</legend>
          <p className="hint">{t('company.relatedHint')}</p>
          {values.related.map((r, i) => (
            <RelatedFields
              // biome-ignore lint/suspicious/noArrayIndexKey: related enterprises have no id; their position is their identity here.
              key={i}
              index={i}
              value={r}
              errors={errors}
              onChange={(next) => set({ related: values.related.map((x, j) => (j === i ? next : x)) })}
              onRemove={() => set({ related: values.related.filter((_, j) => j !== i) })}
            />
          ))}
          <button type="button" onClick={() => set({ related: [...values.related, { ...emptyRelated }] })}>
            {t('company.addRelated')}
          </button>
        </fieldset>

        <fieldset id="company-aid" tabIndex={-1}>
          <legend>{t('company.aid')}</legend>
          <p className="hint">{t('company.aidHint')}</p>
          {values.aid.length > 0 && plannedCosts.isPending && (
            <p role="status">{t('company.aidCostsLoading')}</p>
          )}
          {plannedCosts.isError && <p role="alert">{t('company.aidCostsFailed')}</p>}
          {values.aid.map((a, i) => (
            <AidFields
              // biome-ignore lint/suspicious/noArrayIndexKey: aid items have no id; their position is their identity here.
              key={i}
              index={i}
              value={a}
              errors={errors}
              planned={plannedCosts.data}
              onChange={(next) => set({ aid: values.aid.map((x, j) => (j === i ? next : x)) })}
              onRemove={() => set({ aid: values.aid.filter((_, j) => j !== i) })}
            />
          ))}
          <button type="button" onClick={() => set({ aid: [...values.aid, { ...emptyAid }] })}>
            {t('company.addAid')}
          </button>
        </fieldset>

        <button type="submit" disabled={save.isPending}>
          {t('company.save')}
        </button>
        {saved && <p role="status">{t('company.saved')}</p>}
        {Object.keys(errors).length > 0 && <p role="alert">{t('common.fixFields')}</p>}
        {(unsent || (save.isError && !theirs && Object.keys(errors).length === 0)) && (
          <p role="alert" className="error">
            {t('validation.notSaved', {
              // A form whose code could not be fetched never reached the server.
              message: unsent ? t('failure.offline') : failureWords(save.error),
            })}
          </p>
        )}
      </form>
      <SizeClassHelper company={live} />
      {theirs && (
        <div role="alert" className="conflict">
          <h2>{t('company.conflictTitle')}</h2>
          <p>
            {t('company.conflictBody', {
              name: theirs.company.name,
              staff: theirs.company.figures.staffAwu,
              regions: placesIn(theirs.company.regionCodes)
                .map((p) => labels.region(p))
                .join(', '),
            })}
          </p>
          <button type="button" onClick={() => void submit(theirs.revision)}>
            {t('company.keepMine')}
          </button>
          <button
            type="button"
            onClick={() => {
              setValues(toFormValues(theirs.company));
              server.rebase(theirs);
              // A restored draft's revision no longer counts: the form now shows the saved version.
              draft.forget();
              save.reset();
            }}
          >
            {t('company.useTheirs')}
          </button>
        </div>
      )}
    </section>
  );
}

interface AidProps extends RowProps<AidValues> {
  planned: PlannedCost[] | undefined;
}

function AidFields({ index, value, errors, planned, onChange, onRemove }: AidProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const input = (
    key: 'grantedOn' | 'amount' | 'grantingBody',
    path: string,
    label: string,
    type = 'text',
  ) => (
    <Field id={`aid-${index}-${key}`} label={label} error={errors[`deMinimisReceived.${index}.${path}`]}>
      {(aria) => (
        <input
          {...aria}
          type={type}
          value={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <div className="aid">
      <Field
        id={`aid-${index}-kind`}
        label={t('company.aidKind', { n })}
        error={errors[`deMinimisReceived.${index}.kind`]}
      >
        {(aria) => (
          <select {...aria} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value })}>
            <AidKindOptions />
          </select>
        )}
      </Field>
      {(value.kind === 'de-minimis' || value.regulation) && (
        <Field
          id={`aid-${index}-regulation`}
          label={t('company.aidRegulation', { n })}
          hint={t('company.aidRegulationHint')}
          error={errors[`deMinimisReceived.${index}.regulation`]}
        >
          {(aria) => (
            <select
              {...aria}
              value={value.regulation}
              onChange={(e) => onChange({ ...value, regulation: e.target.value })}
            >
              <option value="">{t('company.regulationNotStated')}</option>
              {DE_MINIMIS_REGULATIONS.map((r) => (
                <option key={r} value={r}>
                  {t(`company.regulations.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {input('grantedOn', 'grantedOn', t('company.aidDate', { n }), 'date')}
      {input('amount', 'cents', t('company.aidAmount', { n }))}
      {input('grantingBody', 'grantingBody', t('company.aidBody', { n }))}
      <AidCostsFields
        index={index}
        costs={value.costs}
        planned={planned}
        errors={errors}
        onChange={(costs) => onChange({ ...value, costs })}
      />
      <button type="button" onClick={onRemove}>
        {t('company.removeAid', { n })}
      </button>
    </div>
  );
}
