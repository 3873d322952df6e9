/**
 * A call's structured rules: edit the key figures in a form or everything as JSON (starting from a real
 * scheme if you like), check them with
 * every problem named by its path, preview the verdict for a sample company, then save — into the draft,
 * or, once published, as an erratum that becomes a new version (applications keep the version they used).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import {
  byText,
  type CALL_TEXT_LANGUAGES,
  untranslatedTexts,
} from '../../../../../shared/eligibility/untranslated-texts';
import {
  kmoPortefeuille2026Rules,
  miseVoucherRules,
  mitFeasibilityRules,
  pidLombardiaRules,
} from '../../../../../shared/fixtures/schemes';
import { Field } from '../../../components/field';
import { PageFailure } from '../../../components/page-failure';
import { ApiRequestError } from '../../../lib/api-error';
import { useExplain } from '../../../lib/explain';
import { failureWords } from '../../../lib/failure-words';
import { formatCents } from '../../../lib/format';
import { useServerValues } from '../../../lib/use-server-values';
import { useSaveRules } from '../api/call-rules';
import { useMyCalls } from '../api/my-calls';
import { checkRules, previewFor, type RulesCheck, SAMPLES, type SampleId } from './rules-check';
import { RulesFiguresForm } from './rules-figures-form';
import type { RulesProblem } from './rules-problem';

const TEMPLATES = {
  'pid-lombardia-2025': pidLombardiaRules,
  'kmo-portefeuille-2026': kmoPortefeuille2026Rules,
  'mise-voucher-2018': miseVoucherRules,
  'mit-feasibility': mitFeasibilityRules,
} as const;

export function RulesPage() {
  const { callId = '' } = useParams();
  const { t } = useTranslation('rules');
  const explain = useExplain();
  const calls = useMyCalls();
  const call = calls.data?.items.find((c) => c.id === callId);

  const [form, setForm] = useState({ text: '', description: '' });
  const { text, description } = form;
  const setText = (next: string) => setForm((f) => ({ ...f, text: next }));
  const setDescription = (next: string) => setForm((f) => ({ ...f, description: next }));
  const [checked, setChecked] = useState<RulesCheck>();
  const [sample, setSample] = useState<SampleId>('milan-restaurant');
  // The stored rules fill the editor before it is painted, and a refetch never overwrites what is typed.
  const server = useServerValues(
    call,
    (c) => ({ text: c.rules ? JSON.stringify(c.rules, null, 2) : '', description: c.description }),
    form,
    setForm,
  );
  // Saved at the version the editor was loaded from: rules written on an older one meet the 409 rather
  // than overwrite a version the association never saw.
  const save = useSaveRules(server.base ?? undefined);

  if (calls.isPending) return <p role="status">{t('loading')}</p>;
  if (calls.isError && calls.data === undefined)
    return (
      <PageFailure title={t('pageTitle')} message={t('loadFailed', { message: failureWords(calls.error) })} />
    );
  if (!call) return <PageFailure title={t('pageTitle')} message={t('notFound')} />;
  const report = checked?.rules ? previewFor(checked.rules, sample) : undefined;
  const untranslated = checked?.rules ? byText(untranslatedTexts(checked.rules)) : [];
  // Said from the version the save stands on, so the words match what the save does (a draft's PUT, or
  // an erratum); a call published meanwhile then meets the 409.
  const published = (server.base ?? call).status !== 'draft';
  const problemWords = ({ key, values }: RulesProblem) =>
    t(`problem.${key}`, {
      ...values,
      ...(typeof values?.cents === 'number' ? { amount: formatCents(values.cents) } : {}),
    });
  // Refused because the call moved on (published, or saved elsewhere) since the editor loaded it: the
  // list reloads after the refusal, and the association carries its typed rules onto the call as it is.
  const overtaken =
    save.error instanceof ApiRequestError &&
    save.error.status === 409 &&
    server.base !== null &&
    server.base !== undefined &&
    server.base.revision !== call.revision;
  // The one refusal the check above cannot foresee, named: corrected rules that fund nothing.
  const whySaveFailed = (error: Error) =>
    error instanceof ApiRequestError && error.fieldMessage('rules.totals.rate') !== undefined
      ? t('fundsNothing')
      : failureWords(error);

  return (
    <section aria-labelledby="rules-title">
      <h1 id="rules-title">{t('title', { title: call.title })}</h1>
      <p>{published ? t('erratumIntro', { version: call.version ?? 1 }) : t('draftIntro')}</p>
      <Field id="rules-template" label={t('template')}>
        {(aria) => (
          <select
            {...aria}
            value=""
            onChange={(e) => {
              const id = e.target.value;
              if (Object.hasOwn(TEMPLATES, id))
                setText(JSON.stringify(TEMPLATES[id as keyof typeof TEMPLATES], null, 2));
              setChecked(undefined);
            }}
          >
            <option value="">{t('templateNone')}</option>
            {(Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[]).map((id) => (
              <option key={id} value={id}>
                {t(`templates.${id}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RulesFiguresForm
        text={text}
        onChange={(next) => {
          setText(next);
          setChecked(undefined);
        }}
      />
      <Field id="rules-json" label={t('json')} hint={t('jsonHint')}>
        {(aria) => (
          <textarea
            {...aria}
            className="code"
            rows={18}
            spellCheck={false}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setChecked(undefined);
            }}
          />
        )}
      </Field>
      <button type="button" onClick={() => setChecked(checkRules(text))}>
        {t('check')}
      </button>
      {checked?.problems && (
        <div role="alert">
          <p>{t('problems', { count: checked.problems.length })}</p>
          <ul>
            {checked.problems.map((p) => (
              <li key={`${p.path}-${p.key}`}>
                {p.path && (
                  <>
                    <code>{p.path}</code>:{' '}
                  </>
                )}
                {problemWords(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {checked?.rules && untranslated.length > 0 && (
        // Valid for a draft; publishing asks every text in the three languages SMEs read.
        <div role="status">
          <p>{t('untranslated', { count: untranslated.length })}</p>
          <ul>
            {untranslated.map(({ text, languages }) => (
              <li key={text}>
                <code>{text}</code>:{' '}
                {t('missingIn', {
                  languages: languages
                    .map((l) => t(`languageNames.${l as (typeof CALL_TEXT_LANGUAGES)[number]}`))
                    .join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {checked?.rules && report && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t('valid')}</h2>
          <Field id="rules-sample" label={t('sample')}>
            {(aria) => (
              <select
                {...aria}
                value={sample}
                onChange={(e) => {
                  if (Object.hasOwn(SAMPLES, e.target.value)) setSample(e.target.value as SampleId);
                }}
              >
                {(Object.keys(SAMPLES) as SampleId[]).map((id) => (
                  <option key={id} value={id}>
                    {t(`samples.${id}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p role="status" data-testid="rules-preview">
            {report.applicant.eligible
              ? t('previewGrant', {
                  grant: formatCents(report.totals.grantCents + report.totals.bonusCents),
                  eligible: formatCents(report.totals.eligibleCents),
                })
              : t('previewCannotApply')}
          </p>
          <ul className="reasons">
            {[...report.applicant.reasons, ...report.blockers, ...report.lines.flatMap((l) => l.reasons)].map(
              (r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same rule may explain several lines.
                <li key={i}>
                  {explain('reason', r)} <span className="article">({r.article})</span>
                </li>
              ),
            )}
          </ul>
          {published && (
            <Field id="rules-description" label={t('description')} hint={t('descriptionHint')}>
              {(aria) => (
                <textarea {...aria} value={description} onChange={(e) => setDescription(e.target.value)} />
              )}
            </Field>
          )}
          <button
            type="button"
            disabled={save.isPending}
            onClick={() => {
              if (!published || window.confirm(t('confirmErratum'))) {
                // The call as saved is what the editor now stands on: the next save sends its revision.
                save.mutate(
                  { rules: checked.rules, description },
                  { onSuccess: (saved) => server.rebase(saved) },
                );
              }
            }}
          >
            {published ? t('issueErratum') : t('saveDraft')}
          </button>
        </section>
      )}
      {save.isSuccess && (
        <p role="status">
          {published ? t('erratumIssued', { version: save.data.version ?? 1 }) : t('draftSaved')}
        </p>
      )}
      {save.isError &&
        (overtaken ? (
          <div role="alert">
            <p>{t('overtaken')}</p>
            <button
              type="button"
              onClick={() => {
                // The typed rules stay; the next save stands on the call as it is now.
                server.rebase(call);
                save.reset();
              }}
            >
              {t('keepOnLatest')}
            </button>
          </div>
        ) : (
          <p role="alert">{t('saveFailed', { message: whySaveFailed(save.error) })}</p>
        ))}
    </section>
  );
}
