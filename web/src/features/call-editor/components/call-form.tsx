/** The draft-call form: local date and time in a chosen zone, budget in euros; errors shown per field. */

import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallDraftInput } from '../../../../../shared/calls/call-schema';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';
import { plainFieldMessages, plainServerMessages } from '../../../lib/field-messages';
import { useCreateCall } from '../api/my-calls';

const TIME_ZONES = ['Europe/Rome', 'Europe/Brussels', 'Europe/Amsterdam'] as const;
// The shared schema (zod) and the zone arithmetic load when a call is sent, not with the page (ADR 0016).
const loadDraftReader = async () => {
  const [schema, zoned] = await Promise.all([
    import('../../../../../shared/calls/call-schema'),
    import('../../../../../shared/time/zoned-date-time'),
  ]);
  return { callDraftInputSchema: schema.callDraftInputSchema, zonedWallTimeToIso: zoned.zonedWallTimeToIso };
};

export function CallForm() {
  const createCall = useCreateCall();
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string>();

  // One send at a time: a second click while the schema downloads or the call saves would create two.
  const sending = useRef(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    try {
      await send(event.currentTarget);
    } finally {
      sending.current = false;
    }
  }

  async function send(formElement: HTMLFormElement) {
    const form = new FormData(formElement);
    const date = String(form.get('closesOn'));
    const time = String(form.get('closesAtTime') || '12:00');
    const timeZone = String(form.get('timeZone'));
    const reader = await loadDraftReader().catch(() => undefined);
    if (!reader) {
      // The form's checking code could not be fetched: nothing was sent, for want of a connection.
      setErrors({ '(body)': t('callEditor.notSaved', { message: t('failure.offline') }) });
      return;
    }
    const { callDraftInputSchema, zonedWallTimeToIso } = reader;
    const draft = {
      title: String(form.get('title')),
      description: String(form.get('description')),
      closesAt: /^\d{4}-\d{2}-\d{2}$/.test(date) ? zonedWallTimeToIso(`${date}T${time}`, timeZone) : '',
      timeZone,
      budgetCents: parseEurosToCents(String(form.get('budget'))) ?? Number.NaN,
      // Optional: the call's public page links to it.
      officialUrl: String(form.get('officialUrl') ?? '').trim() || undefined,
    };
    const parsed = callDraftInputSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(plainFieldMessages(parsed.error.issues));
      return;
    }
    setErrors({});
    try {
      const call = await createCall.mutateAsync(parsed.data satisfies CallDraftInput);
      setCreated(call.title);
      formElement.reset();
    } catch (error) {
      if (error instanceof ApiRequestError && error.body.fields)
        setErrors(plainServerMessages(error.body.fields));
      else setErrors({ '(body)': t('callEditor.notSaved', { message: failureWords(error) }) });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="new-call-title">
      <h2 id="new-call-title">{t('callEditor.newCall')}</h2>
      <Field id="title" label={t('callEditor.fieldTitle')} error={errors.title}>
        {(aria) => <input {...aria} name="title" required />}
      </Field>
      <Field id="description" label={t('callEditor.description')} error={errors.description}>
        {(aria) => <textarea {...aria} name="description" rows={3} />}
      </Field>
      <Field id="closesOn" label={t('callEditor.closingDate')} error={errors.closesAt}>
        {(aria) => <input {...aria} name="closesOn" type="date" required />}
      </Field>
      <Field id="closesAtTime" label={t('callEditor.closingTime')}>
        {(aria) => <input {...aria} name="closesAtTime" type="time" defaultValue="12:00" />}
      </Field>
      <Field id="timeZone" label={t('callEditor.timeZone')} error={errors.timeZone}>
        {(aria) => (
          <select {...aria} name="timeZone" defaultValue="Europe/Rome">
            {TIME_ZONES.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="budget"
        label={t('callEditor.budget')}
        hint={t('callEditor.budgetHint')}
        error={errors.budgetCents}
      >
        {(aria) => <input {...aria} name="budget" inputMode="decimal" required />}
      </Field>
      <Field
        id="officialUrl"
        label={t('callEditor.officialUrl')}
        hint={t('callEditor.officialUrlHint')}
        error={errors.officialUrl}
      >
        {(aria) => <input {...aria} name="officialUrl" type="url" inputMode="url" />}
      </Field>
      <div aria-live="polite">
        {errors['(body)'] && <p className="error">{errors['(body)']}</p>}
        {created && Object.keys(errors).length === 0 && (
          <p className="success">{t('callEditor.saved', { title: created })}</p>
        )}
        {/* Said only when a field is marked: a failure of the whole form says its own words above. */}
        {Object.keys(errors).some((path) => path !== '(body)') && (
          <p className="error">{t('common.fixFields')}</p>
        )}
      </div>
      <button type="submit" disabled={createCall.isPending}>
        {createCall.isPending ? t('callEditor.saving') : t('callEditor.save')}
      </button>
    </form>
  );
}
