/**
 * Create or edit a digitalisation plan: the three strategic questions, goals with KPIs, the project
 * period and the spend lines, validated inline. A concurrent save answers 409: the SME sees the saved
 * version next to its own edits and chooses; nothing typed is lost.
 */

import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearch } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { mayBeInCallArea } from '../../../../../shared/eligibility/call-area';
import { SPEND_CATEGORIES, type SpendTaxonomy } from '../../../../../shared/eligibility/spend-categories';
import { lineQuestions } from '../../../../../shared/plans/line-questions';
import { DraftNotice } from '../../../components/draft-notice';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';
import { plainServerMessages } from '../../../lib/field-messages';
import { useDeferredData } from '../../../lib/use-deferred-data';
import { useFormDraft } from '../../../lib/use-form-draft';
import { useLazySend } from '../../../lib/use-lazy-send';
import { useModuleWhen } from '../../../lib/use-module-when';
import { useServerValues } from '../../../lib/use-server-values';
import {
  conflictingPlan,
  type StoredPlan,
  useCallRules,
  useCompanyRegions,
  usePlan,
  useSavePlan,
} from '../api/plan-editor';
import { incompleteDateErrors, incompleteDateIds } from './incomplete-dates';
import {
  completeDraft,
  emptyPlan,
  fromSelfCheck,
  newLine,
  type PlanFormValues,
  toFormValues,
} from './plan-form-values';
import { SpendLineFields } from './spend-line-fields';

const loadParser = () => import('./parse-plan');

export function PlanEditorPage() {
  const { planId } = useParams();
  const [, navigate] = useLocation();
  const query = usePlan(planId);
  // The long form renders from deferred copies of the plan and the rules, after the heading
  // (../../../lib/use-deferred-data.ts).
  const stored = useDeferredData(query.data);
  // A failed refetch keeps the form (and what is typed in it); only a first load that fails says so.
  const failed = query.isError && query.data === undefined;
  const save = useSavePlan(planId);
  const { t } = useTranslation();
  // The readiness self-check hands its answers over in the history entry's state.
  const selfCheck: unknown = useHistoryState();
  const [initial] = useState<PlanFormValues>(() => (planId ? emptyPlan : fromSelfCheck(selfCheck)));
  const [values, setValues] = useState<PlanFormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [nextLine, setNextLine] = useState(1);
  // The call the SME came from (a report's next step) counts even if it is not in the open list.
  const callId = new URLSearchParams(useSearch()).get('call') ?? undefined;
  const rulesQuery = useCallRules(callId);
  const company = useCompanyRegions();
  // The rules the lines are asked about: the calls of the company's area, and the call it came from.
  // Until the company's places are read, none, so no question shows and then goes.
  const askedBy = useMemo(
    () =>
      rulesQuery.data && !company.pending
        ? rulesQuery.data
            .filter((c) => c.id === callId || mayBeInCallArea(company.regionCodes, c.rules.applicant.regions))
            .map((c) => c.rules)
        : undefined,
    [rulesQuery.data, company.pending, company.regionCodes, callId],
  );
  const callRules = useDeferredData(askedBy);
  const server = useServerValues<StoredPlan, PlanFormValues>(
    stored,
    (data) => toFormValues(data.plan),
    values,
    setValues,
    (data) => setNextLine(data.plan.lines.length + 1),
  );
  // The version the form's values were loaded from, not the newest fetched: edits made on an older one
  // meet the 409 rather than overwrite a version the SME never saw.
  const revision = server.base?.revision ?? 0;
  // What the form shows before any edit: the stored plan, or for a new plan its starting values.
  const baseline = useMemo(
    () => (stored ? toFormValues(stored.plan) : planId ? undefined : initial),
    [stored, planId, initial],
  );
  const draft = useFormDraft(
    `plan:${planId ?? 'new'}`,
    baseline,
    values,
    // A draft may predate fields the form has now: completed before it is shown.
    (kept) => setValues(completeDraft(kept, stored?.plan)),
    revision,
    () => stored && server.rebase(stored),
  );
  // A next step links to one field (#line-<id>-<field>): focus it once, when the loaded form shows it.
  const ready = (!planId || Boolean(stored)) && (callRules !== undefined || rulesQuery.isError);
  const focusedHash = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again after `values` render the loaded lines, so the target exists.
  useEffect(() => {
    if (focusedHash.current || !ready || !window.location.hash) return;
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (!target) return;
    focusedHash.current = true;
    target.scrollIntoView({ block: 'center' });
    (target.matches('fieldset') ? target.querySelector<HTMLElement>('input, select') : target)?.focus();
  }, [ready, values]);
  const theirs = conflictingPlan(save.error);
  // Edited by the person (typed, or edits kept from an earlier visit), not the stored values arriving.
  const [touched, setTouched] = useState(false);
  const edited = touched || draft.restored;
  // The schema that reads the form back is fetched once the plan is edited, not on a first visit, so
  // sending the plan waits for nothing.
  useModuleWhen(edited, loadParser);

  const { sendWith, unsent } = useLazySend(loadParser);
  const form = useRef<HTMLFormElement>(null);
  const submit = (revision: number) =>
    sendWith((reader) => {
      const parsed = reader.parsePlan(values, theirs?.plan ?? stored?.plan);
      const incomplete = form.current ? incompleteDateIds(form.current) : new Set<string>();
      const unfinished = incompleteDateErrors(values, incomplete, t('validation.dateIncomplete'));
      setErrors({ ...parsed.errors, ...unfinished });
      if (!parsed.plan || Object.keys(unfinished).length > 0) return;
      save.mutate(
        { plan: parsed.plan, revision },
        {
          onSuccess: () => {
            draft.forget();
            // Opened from a call's report or near miss: back to that report, where the change shows.
            navigate(
              planId && callId
                ? `/plans/${encodeURIComponent(planId)}/calls/${encodeURIComponent(callId)}`
                : '/plans',
            );
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
  const set = (patch: Partial<PlanFormValues>) => {
    setTouched(true);
    setValues({ ...values, ...patch });
  };

  // The title shows at once; the form follows with the plan.
  const heading = (
    <h1 id="plan-editor-title">{planId ? t('planEditor.editTitle') : t('planEditor.newTitle')}</h1>
  );
  if (failed || (planId && stored === undefined)) {
    return (
      <section aria-labelledby="plan-editor-title">
        {heading}
        {failed ? (
          <p role="alert">{t('planEditor.failed', { message: failureWords(query.error) })}</p>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
    );
  }
  const text = (
    key: 'title' | 'whereWeWantToGo' | 'whoPullsTheCart' | 'howWeTellTheStory',
    label: string,
    hint?: string,
  ) => (
    <Field id={`plan-${key}`} label={label} hint={hint} error={errors[key]}>
      {(aria) =>
        key === 'title' ? (
          <input {...aria} value={values[key]} onChange={(e) => set({ [key]: e.target.value })} />
        ) : (
          <textarea {...aria} value={values[key]} onChange={(e) => set({ [key]: e.target.value })} />
        )
      }
    </Field>
  );
  return (
    <section aria-labelledby="plan-editor-title">
      {heading}
      <DraftNotice draft={draft} />
      <form ref={form} onSubmit={onSubmit} noValidate aria-labelledby="plan-editor-title">
        {text('title', t('planEditor.title'))}
        <fieldset>
          <legend>{t('planEditor.questions')}</legend>
          {text('whereWeWantToGo', t('planEditor.where'), t('planEditor.whereHint'))}
          {text('whoPullsTheCart', t('planEditor.who'), t('planEditor.whoHint'))}
          {text('howWeTellTheStory', t('planEditor.story'), t('planEditor.storyHint'))}
        </fieldset>
        <fieldset>
          <legend>{t('planEditor.period')}</legend>
          <Field id="plan-from" label={t('planEditor.from')} error={errors['projectPeriod.from']}>
            {(aria) => (
              <input
                {...aria}
                type="date"
                value={values.from}
                onChange={(e) => set({ from: e.target.value })}
              />
            )}
          </Field>
          <Field id="plan-to" label={t('planEditor.to')} error={errors['projectPeriod.to']}>
            {(aria) => (
              <input {...aria} type="date" value={values.to} onChange={(e) => set({ to: e.target.value })} />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('planEditor.goals')}</legend>
          {values.goals.map((goal, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: goals have no id; their position is their identity here.
            <div key={i} className="goal">
              {(['text', 'kpi', 'target'] as const).map((k) => (
                <Field
                  key={k}
                  id={`goal-${i}-${k}`}
                  label={t(
                    k === 'text'
                      ? 'planEditor.goalText'
                      : k === 'kpi'
                        ? 'planEditor.goalKpi'
                        : 'planEditor.goalTarget',
                    {
                      n: i + 1,
                    },
                  )}
                  error={errors[`goals.${i}.${k}`]}
                >
                  {(aria) => (
                    <input
                      {...aria}
                      value={goal[k]}
                      onChange={(e) =>
                        set({
                          goals: values.goals.map((g, j) => (j === i ? { ...g, [k]: e.target.value } : g)),
                        })
                      }
                    />
                  )}
                </Field>
              ))}
            </div>
          ))}
          <button
            type="button"
            onClick={() => set({ goals: [...values.goals, { text: '', kpi: '', target: '' }] })}
          >
            {t('planEditor.addGoal')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('planEditor.spend')}</legend>
          <p className="hint">{t('spendLine.intro')}</p>
          {rulesQuery.isError && callRules === undefined && (
            // Without the calls' rules the lines cannot ask what the calls check: say so, never just
            // leave the questions out (a plan saved so would read as refused on every report).
            <p role="alert">
              {t('planEditor.questionsFailed', { message: failureWords(rulesQuery.error) })}{' '}
              <button
                type="button"
                className="secondary"
                disabled={rulesQuery.isFetching}
                onClick={() => void rulesQuery.refetch()}
              >
                {t('planEditor.questionsRetry')}
              </button>
            </p>
          )}
          {values.lines.map((line, i) => (
            <SpendLineFields
              key={line.id}
              index={i}
              line={line}
              categories={SPEND_CATEGORIES}
              questions={lineQuestions(callRules ?? [], line.category as SpendTaxonomy)}
              errors={errors}
              onChange={(next) => set({ lines: values.lines.map((l, j) => (j === i ? next : l)) })}
              onRemove={() => set({ lines: values.lines.filter((_, j) => j !== i) })}
            />
          ))}
          <button
            id="add-line"
            type="button"
            onClick={() => {
              set({ lines: [...values.lines, newLine(`line-${Date.now().toString(36)}-${nextLine}`)] });
              setNextLine(nextLine + 1);
            }}
          >
            {t('planEditor.addLine')}
          </button>
        </fieldset>
        <button type="submit" disabled={save.isPending}>
          {t('planEditor.save')}
        </button>
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
      {theirs && (
        <div role="alert" className="conflict">
          <h2>{t('planEditor.conflictTitle')}</h2>
          <p>{t('planEditor.conflictBody', { title: theirs.plan.title, lines: theirs.plan.lines.length })}</p>
          <button type="button" onClick={() => void submit(theirs.revision)}>
            {t('planEditor.keepMine')}
          </button>
          <button
            type="button"
            onClick={() => {
              setValues(toFormValues(theirs.plan));
              server.rebase(theirs);
              // A restored draft's revision no longer counts: the form now shows the saved version.
              draft.forget();
              save.reset();
            }}
          >
            {t('planEditor.useTheirs')}
          </button>
        </div>
      )}
    </section>
  );
}
