/**
 * The SME's company profile: who it is, where, and the figures its size class comes from, with the size
 * class shown live. A concurrent save answers 409 with the stored version; the SME sees both and chooses.
 */

import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../../../shared/companies/company-schema';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { conflictingProfile, useCompany, useSaveCompany } from '../api/company';
import { emptyProfile, type ProfileFormValues, parseProfile, toFormValues } from './profile-form-values';
import { SizeClassHelper } from './size-class-helper';

const FIELDS: {
  key: keyof ProfileFormValues;
  path: string;
  label: MessageKey;
  hint?: MessageKey;
  type?: string;
}[] = [
  { key: 'name', path: 'name', label: 'company.name' },
  { key: 'regionCodes', path: 'regionCodes', label: 'company.regions', hint: 'company.regionsHint' },
  { key: 'sectorCode', path: 'sectorCode', label: 'company.sector', hint: 'company.sectorHint' },
  { key: 'registeredOn', path: 'registeredOn', label: 'company.registeredOn', type: 'date' },
  { key: 'staffAwu', path: 'figures.staffAwu', label: 'company.staff', hint: 'company.staffHint' },
  { key: 'turnover', path: 'figures.turnoverCents', label: 'company.turnover' },
  { key: 'balanceSheet', path: 'figures.balanceSheetCents', label: 'company.balanceSheet' },
  { key: 'publicOwnershipPct', path: 'publicOwnershipPct', label: 'company.publicOwnership' },
];

type MessageKey =
  | 'company.name'
  | 'company.regions'
  | 'company.regionsHint'
  | 'company.sector'
  | 'company.sectorHint'
  | 'company.registeredOn'
  | 'company.staff'
  | 'company.staffHint'
  | 'company.turnover'
  | 'company.balanceSheet'
  | 'company.publicOwnership';

export function CompanyPage() {
  const stored = useCompany();
  const save = useSaveCompany();
  const { t } = useTranslation();
  const [values, setValues] = useState<ProfileFormValues>(emptyProfile);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const base: Company | undefined = stored.data?.company;
  const revision = stored.data?.revision ?? 0;
  useEffect(() => {
    if (stored.data) setValues(toFormValues(stored.data.company));
  }, [stored.data]);

  const theirs = conflictingProfile(save.error);
  const live = parseProfile(values, base).company;

  const submit = (atRevision: number) => {
    const parsed = parseProfile(values, theirs?.company ?? base);
    setErrors(parsed.errors ?? {});
    setSaved(false);
    if (!parsed.company) return;
    const { id: _id, ...profile } = parsed.company;
    save.mutate(
      { ...profile, revision: atRevision },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          if (error instanceof ApiRequestError && error.body.fields) {
            setErrors(Object.fromEntries(error.body.fields.map((f) => [f.path, f.message])));
          }
        },
      },
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(revision);
  };

  if (stored.isPending) return <p role="status">{t('common.loading')}</p>;
  if (stored.isError) return <p role="alert">{t('company.failed', { message: stored.error.message })}</p>;
  return (
    <section aria-labelledby="company-title">
      <h1 id="company-title">{t('company.title')}</h1>
      <p>{t('company.intro')}</p>
      <form onSubmit={onSubmit} noValidate aria-labelledby="company-title">
        {FIELDS.map((f) => (
          <Field
            key={f.key}
            id={`company-${f.key}`}
            label={t(f.label)}
            hint={f.hint && t(f.hint)}
            error={errors[f.path]}
          >
            {(aria) => (
              <input
                {...aria}
                type={f.type ?? 'text'}
                value={values[f.key]}
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
              />
            )}
          </Field>
        ))}
        <button type="submit" disabled={save.isPending}>
          {t('company.save')}
        </button>
        {saved && <p role="status">{t('company.saved')}</p>}
        {Object.keys(errors).length > 0 && <p role="alert">{t('common.fixFields')}</p>}
      </form>
      <SizeClassHelper company={live} />
      {theirs && (
        <div role="alert" className="conflict">
          <h2>{t('company.conflictTitle')}</h2>
          <p>
            {t('company.conflictBody', {
              name: theirs.company.name,
              staff: theirs.company.figures.staffAwu,
              regions: theirs.company.regionCodes.join(', '),
            })}
          </p>
          <button type="button" onClick={() => submit(theirs.revision)}>
            {t('company.keepMine')}
          </button>
          <button
            type="button"
            onClick={() => {
              setValues(toFormValues(theirs.company));
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
