/** The application form: the call's own questions and declarations, a review, and one safe submit. */
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Declaration } from '../../../../../shared/companies/company-schema';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { formatCents, formatDeadline } from '../../../lib/format';
import { useDraft, useSubmitApplication } from '../api/submit-application';

const DECLARATION_TEXT: Record<Declaration, string> = {
  'tax-regular': 'We are up to date with taxes.',
  'social-security-regular': 'We are up to date with social-security contributions (DURC).',
  'not-in-difficulty': 'We are not an undertaking in difficulty.',
  'not-in-liquidation': 'We are not in liquidation or insolvency proceedings.',
  'chamber-fee-paid': 'We have paid the chamber of commerce annual fee.',
  'no-supply-contract-with-issuer': 'We have no supply contract with the issuing body.',
  'no-double-funding': 'We receive no other aid on these same costs.',
};

export function ApplyPage() {
  const { planId = '', callId = '' } = useParams();
  const navigate = useNavigate();
  const draft = useDraft(planId, callId);
  // One key for this form: every retry or double click is the same application.
  const [idempotencyKey] = useState(() => `web-${crypto.randomUUID()}`);
  const submit = useSubmitApplication(idempotencyKey);
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (draft.isPending) return <p role="status">Preparing the form…</p>;
  if (draft.isError) return <p role="alert">Could not prepare the form: {draft.error.message}</p>;
  const { questions, declarations, report, closesAt, timeZone } = draft.data;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    const form = new FormData(event.currentTarget);
    const answers = Object.fromEntries(
      questions
        .map((q) => [q.id, String(form.get(`answer-${q.id}`) ?? '').trim()])
        .filter(([, a]) => a !== ''),
    );
    const ticked = declarations.filter((d) => form.get(`declaration-${d}`) === 'on');
    const missing: Record<string, string> = {};
    for (const q of questions) if (q.required && !answers[q.id]) missing[`answers.${q.id}`] = 'is required';
    for (const d of declarations)
      if (!ticked.includes(d)) missing[`declarations.${d}`] = 'must be confirmed to apply';
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      const application = await submit.mutateAsync({ planId, callId, answers, declarations: ticked });
      navigate(`/applications/${application.id}`);
    } catch (error) {
      if (error instanceof ApiRequestError && error.body.fields) {
        setErrors(Object.fromEntries(error.body.fields.map((f) => [f.path, f.message])));
      }
    }
  }

  return (
    <section aria-labelledby="apply-title">
      <h1 id="apply-title">Apply</h1>
      <p>
        Expected grant <strong>{formatCents(report.totals.grantCents + report.totals.bonusCents)}</strong> on{' '}
        {formatCents(report.totals.eligibleCents)} of eligible spend. The call closes{' '}
        <time dateTime={closesAt}>{formatDeadline(closesAt, timeZone)}</time>.
      </p>
      <form onSubmit={onSubmit} noValidate aria-describedby="apply-help">
        <p id="apply-help" className="hint">
          Your application gets a receipt number the moment it arrives; sending twice never creates two.
        </p>
        {questions.map((q) => (
          <Field
            key={q.id}
            id={`answer-${q.id}`}
            label={`${q.label}${q.required ? '' : ' (optional)'}`}
            error={errors[`answers.${q.id}`]}
          >
            {(aria) => <textarea {...aria} name={`answer-${q.id}`} rows={3} maxLength={q.maxLength} />}
          </Field>
        ))}
        {declarations.length > 0 && (
          <fieldset>
            <legend>Declarations</legend>
            {declarations.map((d) => (
              <div key={d} className="check">
                <input
                  id={`declaration-${d}`}
                  name={`declaration-${d}`}
                  type="checkbox"
                  aria-invalid={Boolean(errors[`declarations.${d}`])}
                  aria-describedby={errors[`declarations.${d}`] ? `declaration-${d}-error` : undefined}
                />
                <label htmlFor={`declaration-${d}`}>{DECLARATION_TEXT[d]}</label>
                {errors[`declarations.${d}`] && (
                  <p id={`declaration-${d}-error`} className="error">
                    {errors[`declarations.${d}`]}
                  </p>
                )}
              </div>
            ))}
          </fieldset>
        )}
        <div aria-live="assertive">
          {submit.isError && <p className="error">The application was not sent: {submit.error.message}</p>}
          {Object.keys(errors).length > 0 && (
            <p className="error">Please complete the fields marked above.</p>
          )}
        </div>
        <button type="submit" disabled={submit.isPending}>
          {submit.isPending ? 'Sending…' : 'Send the application'}
        </button>
      </form>
    </section>
  );
}
