/**
 * The SME's company profile: who it is, where, and the figures its size class comes from, with the size
 * class shown live. A concurrent save answers 409 with the stored version; the SME sees both and chooses.
 */
import { type FormEvent, useEffect, useState } from 'react';
import type { Company } from '../../../../../shared/companies/company-schema';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { conflictingProfile, useCompany, useSaveCompany } from '../api/company';
import { emptyProfile, type ProfileFormValues, parseProfile, toFormValues } from './profile-form-values';
import { SizeClassHelper } from './size-class-helper';

const FIELDS: { key: keyof ProfileFormValues; path: string; label: string; hint?: string; type?: string }[] =
  [
    { key: 'name', path: 'name', label: 'Company name' },
    {
      key: 'regionCodes',
      path: 'regionCodes',
      label: 'Where your seat is (region codes)',
      hint: 'Country, region and province codes, comma-separated, e.g. IT, IT-25, IT-MI or BE, BE-VLG.',
    },
    {
      key: 'sectorCode',
      path: 'sectorCode',
      label: 'Main activity (NACE/ATECO code)',
      hint: 'For example 47.19.',
    },
    { key: 'registeredOn', path: 'registeredOn', label: 'Registered on', type: 'date' },
    {
      key: 'staffAwu',
      path: 'figures.staffAwu',
      label: 'Staff (annual work units)',
      hint: 'Full-time equivalents over the last closed year.',
    },
    { key: 'turnover', path: 'figures.turnoverCents', label: 'Annual turnover (€)' },
    { key: 'balanceSheet', path: 'figures.balanceSheetCents', label: 'Balance sheet total (€)' },
    { key: 'publicOwnershipPct', path: 'publicOwnershipPct', label: 'Share held by public bodies (%)' },
  ];

export function CompanyPage() {
  const stored = useCompany();
  const save = useSaveCompany();
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

  if (stored.isPending) return <p role="status">Loading…</p>;
  if (stored.isError) return <p role="alert">Could not load your profile: {stored.error.message}</p>;
  return (
    <section aria-labelledby="company-title">
      <h1 id="company-title">Your company</h1>
      <p>Calls decide who may apply from these facts; keep them as in your latest approved accounts.</p>
      <form onSubmit={onSubmit} noValidate aria-labelledby="company-title">
        {FIELDS.map((f) => (
          <Field key={f.key} id={`company-${f.key}`} label={f.label} hint={f.hint} error={errors[f.path]}>
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
          Save profile
        </button>
        {saved && <p role="status">Profile saved.</p>}
        {Object.keys(errors).length > 0 && <p role="alert">Please correct the fields marked above.</p>}
      </form>
      <SizeClassHelper company={live} />
      {theirs && (
        <div role="alert" className="conflict">
          <h2>Someone else saved this profile while you were editing</h2>
          <p>
            Saved version: {theirs.company.name}, staff {theirs.company.figures.staffAwu} AWU, regions{' '}
            {theirs.company.regionCodes.join(', ')}. Your changes are still in the form.
          </p>
          <button type="button" onClick={() => submit(theirs.revision)}>
            Keep my changes
          </button>
          <button
            type="button"
            onClick={() => {
              setValues(toFormValues(theirs.company));
              save.reset();
            }}
          >
            Use the saved version
          </button>
        </div>
      )}
    </section>
  );
}
