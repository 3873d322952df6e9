/** The application form: the call's own questions and declarations, a review, and one safe submit. */

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { Field } from '../../../components/field';
import { PageFailure } from '../../../components/page-failure';
import { ApiRequestError, isNotFound } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';
import { plainServerMessages } from '../../../lib/field-messages';
import { formatCents, formatDeadline } from '../../../lib/format';
import { useDraft, useSubmitApplication } from '../api/submit-application';

/** Refusals the form explains in the reader's language instead of repeating the server's English. */
type Refusal =
  | { code: 'call_version_changed'; version: string }
  | { code: 'already_applied'; applicationId: string }
  | { code: 'call_closed' }
  | { code: 'unfundable' }
  | { code: 'submit_expired' }
  | { code: 'rate_limited' }
  | { code: 'busy' };

function refusalOf(error: ApiRequestError): Refusal | undefined {
  const details = (error.raw as { error?: Record<string, unknown> } | undefined)?.error ?? {};
  const text = (name: string) => (typeof details[name] === 'string' ? details[name] : '');
  if (error.body.code === 'call_version_changed')
    return { code: 'call_version_changed', version: text('currentVersion') };
  if (error.body.code === 'already_applied')
    return { code: 'already_applied', applicationId: text('existingApplicationId') };
  if (error.body.code === 'call_closed') return { code: 'call_closed' };
  if (error.body.code === 'unfundable') return { code: 'unfundable' };
  // The same key sends the same application again, so "send it again" never makes a second one.
  if (error.body.code === 'submit_expired') return { code: 'submit_expired' };
  if (error.body.code === 'rate_limited') return { code: 'rate_limited' };
  // Still busy after every retry (the edge's per-address limit, the gateway's throttling, a 503): the
  // same key may be sent again later, so say so in words rather than repeat a status code.
  if (error.status === 429 || error.status === 503) return { code: 'busy' };
  return undefined;
}

export function ApplyPage() {
  const { planId = '', callId = '' } = useParams();
  const [, navigate] = useLocation();
  const draft = useDraft(planId, callId);
  // One key for this form: every retry or double click is the same application.
  const [idempotencyKey] = useState(() => `web-${crypto.randomUUID()}`);
  const submit = useSubmitApplication(idempotencyKey);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal>();
  const { t } = useTranslation();

  if (draft.isPending) return <p role="status">{t('apply.preparing')}</p>;
  if (draft.isError && draft.data === undefined)
    return (
      <PageFailure
        title={t('apply.title')}
        message={
          isNotFound(draft.error)
            ? t('report.notOpen')
            : t('apply.failed', { message: failureWords(draft.error) })
        }
      />
    );
  // The version these figures come from: the server refuses the submit if an erratum changed it since.
  const { questions, report, closesAt, timeZone, callVersion, takesUnfundedApplications } = draft.data;
  // Said before the click: the API refuses a plan these rules fund with €0, unless the call takes it.
  const grantCents = report.fundable ? report.totals.grantCents + report.totals.bonusCents : 0;
  const unfundable = grantCents === 0 && !takesUnfundedApplications;
  // Standing declarations given on the company page hold until withdrawn: ask only the others.
  const declared = new Set<string>(draft.data.declared);
  const declarations = draft.data.declarations.filter((d) => !declared.has(d));

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
    // Question ids are the call's text: looked up as own properties only.
    for (const q of questions)
      if (q.required && !Object.hasOwn(answers, q.id)) missing[`answers.${q.id}`] = t('apply.required');
    for (const d of declarations)
      if (!ticked.includes(d)) missing[`declarations.${d}`] = t('apply.mustConfirm');
    setErrors(missing);
    setRefusal(undefined);
    if (Object.keys(missing).length > 0) return;
    try {
      const application = await submit.mutateAsync({
        planId,
        callId,
        callVersion,
        answers,
        declarations: ticked,
      });
      navigate(`/applications/${application.id}`);
    } catch (error) {
      if (!(error instanceof ApiRequestError)) return;
      const known = refusalOf(error);
      setRefusal(known);
      // A corrected call: show its new figures, so the next submit states the version shown.
      if (known?.code === 'call_version_changed') await draft.refetch();
      else if (!known && error.body.fields) {
        setErrors(plainServerMessages(error.body.fields));
      }
    }
  }

  return (
    <section aria-labelledby="apply-title">
      <h1 id="apply-title">{t('apply.title')}</h1>
      <p>
        {t('apply.summary', {
          grant: formatCents(report.totals.grantCents + report.totals.bonusCents),
          eligible: formatCents(report.totals.eligibleCents),
          deadline: formatDeadline(closesAt, timeZone),
        })}
      </p>
      {unfundable && (
        <p className="error" id="apply-unfundable">
          {t('apply.unfundable')}{' '}
          <Link href={`/plans/${planId}/calls/${callId}`}>{t('apply.backToReport')}</Link>
        </p>
      )}
      <form
        onSubmit={onSubmit}
        noValidate
        aria-describedby={unfundable ? 'apply-unfundable apply-help' : 'apply-help'}
      >
        <p id="apply-help" className="hint">
          {t('apply.help')}
        </p>
        {questions.map((q) => (
          <Field
            key={q.id}
            id={`answer-${q.id}`}
            label={q.required ? q.label : `${q.label} ${t('common.optional')}`}
            error={errors[`answers.${q.id}`]}
          >
            {(aria) => <textarea {...aria} name={`answer-${q.id}`} rows={3} maxLength={q.maxLength} />}
          </Field>
        ))}
        {declarations.length > 0 && (
          <fieldset>
            <legend>{t('apply.declarations')}</legend>
            {declarations.map((d) => (
              <div key={d} className="check">
                <input
                  id={`declaration-${d}`}
                  name={`declaration-${d}`}
                  type="checkbox"
                  aria-invalid={Boolean(errors[`declarations.${d}`])}
                  aria-describedby={errors[`declarations.${d}`] ? `declaration-${d}-error` : undefined}
                />
                <label htmlFor={`declaration-${d}`}>{t(`apply.declaration.${d}`)}</label>
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
          {refusal?.code === 'call_version_changed' && (
            <p className="error">{t('apply.versionChanged', { version: refusal.version })}</p>
          )}
          {refusal?.code === 'already_applied' && (
            <p className="error">
              {t('apply.alreadyApplied')}{' '}
              <Link href={`/applications/${refusal.applicationId}`}>{t('apply.viewExisting')}</Link>
            </p>
          )}
          {refusal?.code === 'call_closed' && <p className="error">{t('apply.callClosed')}</p>}
          {refusal?.code === 'unfundable' && <p className="error">{t('apply.unfundable')}</p>}
          {refusal?.code === 'submit_expired' && <p className="error">{t('apply.submitExpired')}</p>}
          {refusal?.code === 'rate_limited' && <p className="error">{t('apply.rateLimited')}</p>}
          {refusal?.code === 'busy' && <p className="error">{t('apply.busy')}</p>}
          {submit.isPending && submit.failureCount > 0 && <p role="status">{t('apply.retrying')}</p>}
          {submit.isError && !refusal && (
            <p className="error">{t('apply.notSent', { message: failureWords(submit.error) })}</p>
          )}
          {Object.keys(errors).length > 0 && <p className="error">{t('common.fixFields')}</p>}
        </div>
        <button type="submit" disabled={submit.isPending || unfundable}>
          {submit.isPending ? t('apply.sending') : t('apply.send')}
        </button>
      </form>
    </section>
  );
}
