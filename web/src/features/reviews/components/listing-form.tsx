/**
 * The consultancy's listing in the directory SMEs pick from when they share an application: name, city
 * or region, languages and a short description. A save that lost a race (409) keeps the typed text and
 * reloads the stored revision, so saving again keeps it.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSULTANCY_LANGUAGES,
  type ConsultancyLanguage,
  consultancyListingInputSchema,
} from '../../../../../shared/consultancies/consultancy-schema';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';
import { plainFieldMessages, plainServerMessages } from '../../../lib/field-messages';
import { languageList } from '../../../lib/language-names';
import { useServerValues } from '../../../lib/use-server-values';
import { useOwnListing, useSaveListing } from '../api/listing';

interface ListingValues {
  name: string;
  place: string;
  languages: ConsultancyLanguage[];
  description: string;
}

const empty: ListingValues = { name: '', place: '', languages: [], description: '' };

export function ListingForm() {
  const stored = useOwnListing();
  const save = useSaveListing();
  const { t } = useTranslation();
  const [values, setValues] = useState<ListingValues>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const server = useServerValues(
    stored.data,
    ({ consultancy: { name, place, languages, description } }) => ({ name, place, languages, description }),
    values,
    setValues,
  );
  const set = (patch: Partial<ListingValues>) => {
    setValues({ ...values, ...patch });
    setSaved(false);
  };
  const conflict = save.error instanceof ApiRequestError && save.error.status === 409;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = consultancyListingInputSchema.safeParse({
      ...values,
      // The version the form was loaded from: edits made on an older one meet the 409. Saving again
      // after the 409 (its message says someone else saved and that this keeps these edits) is a
      // choice made knowingly, at the version the 409's reload brought.
      revision: (conflict ? stored.data?.revision : server.base?.revision) ?? 0,
    });
    setErrors(parsed.success ? {} : plainFieldMessages(parsed.error.issues));
    if (!parsed.success) return;
    save.mutate(parsed.data, {
      onSuccess: (record) => {
        server.rebase(record);
        setSaved(true);
      },
      onError: (error) => {
        if (error instanceof ApiRequestError && error.body.fields)
          setErrors(plainServerMessages(error.body.fields));
      },
    });
  };

  if (stored.isPending) return <p role="status">{t('common.loading')}</p>;
  if (stored.isError)
    return <p role="alert">{t('reviews.listing.failed', { message: failureWords(stored.error) })}</p>;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="listing-title">
      <h2 id="listing-title">{t('reviews.listing.title')}</h2>
      <p>{t('reviews.listing.intro')}</p>
      {stored.data === null && <p className="hint">{t('reviews.listing.notListed')}</p>}
      <Field id="listing-name" label={t('reviews.listing.name')} error={errors.name}>
        {(aria) => <input {...aria} value={values.name} onChange={(e) => set({ name: e.target.value })} />}
      </Field>
      <Field
        id="listing-place"
        label={t('reviews.listing.place')}
        hint={t('reviews.listing.placeHint')}
        error={errors.place}
      >
        {(aria) => <input {...aria} value={values.place} onChange={(e) => set({ place: e.target.value })} />}
      </Field>
      <fieldset aria-describedby={errors.languages ? 'listing-languages-error' : undefined}>
        <legend>{t('reviews.listing.languages')}</legend>
        {CONSULTANCY_LANGUAGES.map((code) => (
          <label key={code} className="choice">
            <input
              type="checkbox"
              checked={values.languages.includes(code)}
              onChange={(e) =>
                set({
                  languages: e.target.checked
                    ? CONSULTANCY_LANGUAGES.filter((c) => c === code || values.languages.includes(c))
                    : values.languages.filter((c) => c !== code),
                })
              }
            />
            {languageList([code])}
          </label>
        ))}
        {errors.languages && (
          <p id="listing-languages-error" className="error">
            {errors.languages}
          </p>
        )}
      </fieldset>
      <Field
        id="listing-description"
        label={t('reviews.listing.description')}
        hint={t('reviews.listing.descriptionHint')}
        error={errors.description}
      >
        {(aria) => (
          <textarea
            {...aria}
            maxLength={300}
            value={values.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
      <button type="submit" disabled={save.isPending}>
        {t('reviews.listing.save')}
      </button>
      {saved && <p role="status">{t('reviews.listing.saved')}</p>}
      {conflict && <p role="alert">{t('reviews.listing.conflict')}</p>}
      {save.error && !conflict && !(save.error instanceof ApiRequestError && save.error.body.fields) && (
        <p role="alert">{failureWords(save.error)}</p>
      )}
    </form>
  );
}
