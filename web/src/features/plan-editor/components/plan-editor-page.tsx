/**
 * Create or edit a digitalisation plan: the three strategic questions, goals with KPIs, the project
 * period and the spend lines, validated inline. A concurrent save answers 409: the SME sees the saved
 * version next to its own edits and chooses; nothing typed is lost.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { spendTaxonomySchema } from '../../../../../shared/eligibility/taxonomy';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { conflictingPlan, usePlan, useSavePlan } from '../api/plan-editor';
import { emptyPlan, newLine, type PlanFormValues, parsePlan, toFormValues } from './plan-form-values';
import { SpendLineFields } from './spend-line-fields';

export function PlanEditorPage() {
  const { planId } = useParams();
  const navigate = useNavigate();
  const stored = usePlan(planId);
  const save = useSavePlan(planId);
  const [values, setValues] = useState<PlanFormValues>(emptyPlan);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [nextLine, setNextLine] = useState(1);
  useEffect(() => {
    if (stored.data) {
      setValues(toFormValues(stored.data.plan));
      setNextLine(stored.data.plan.lines.length + 1);
    }
  }, [stored.data]);
  const theirs = conflictingPlan(save.error);

  const submit = (revision: number) => {
    const parsed = parsePlan(values, theirs?.plan ?? stored.data?.plan);
    setErrors(parsed.errors ?? {});
    if (!parsed.plan) return;
    save.mutate(
      { plan: parsed.plan, revision },
      {
        onSuccess: () => navigate('/plans'),
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
    submit(stored.data?.revision ?? 0);
  };
  const set = (patch: Partial<PlanFormValues>) => setValues({ ...values, ...patch });

  if (planId && stored.isPending) return <p role="status">Loading…</p>;
  if (stored.isError) return <p role="alert">Could not load the plan: {stored.error.message}</p>;
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
      <h1 id="plan-editor-title">{planId ? 'Edit your plan' : 'A new digitalisation plan'}</h1>
      <form onSubmit={onSubmit} noValidate aria-labelledby="plan-editor-title">
        {text('title', 'Title')}
        <fieldset>
          <legend>Three questions first</legend>
          {text(
            'whereWeWantToGo',
            'Where do you want to go?',
            'What should be different in a year, for customers and for you?',
          )}
          {text(
            'whoPullsTheCart',
            'Who pulls the cart?',
            'The person who owns the project and has the time for it.',
          )}
          {text(
            'howWeTellTheStory',
            'How will you tell the story?',
            'How staff and customers will hear about the change.',
          )}
        </fieldset>
        <fieldset>
          <legend>Project period</legend>
          <Field id="plan-from" label="From" error={errors['projectPeriod.from']}>
            {(aria) => (
              <input
                {...aria}
                type="date"
                value={values.from}
                onChange={(e) => set({ from: e.target.value })}
              />
            )}
          </Field>
          <Field id="plan-to" label="To" error={errors['projectPeriod.to']}>
            {(aria) => (
              <input {...aria} type="date" value={values.to} onChange={(e) => set({ to: e.target.value })} />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>Goals and how you will measure them</legend>
          {values.goals.map((goal, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: goals have no id; their position is their identity here.
            <div key={i} className="goal">
              {(['text', 'kpi', 'target'] as const).map((k) => (
                <Field
                  key={k}
                  id={`goal-${i}-${k}`}
                  label={`Goal ${i + 1}: ${k === 'text' ? 'what' : k === 'kpi' ? 'KPI' : 'target'}`}
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
            Add a goal
          </button>
        </fieldset>
        <fieldset>
          <legend>Planned spend (net of VAT)</legend>
          {values.lines.map((line, i) => (
            <SpendLineFields
              key={line.id}
              index={i}
              line={line}
              categories={spendTaxonomySchema.options}
              errors={errors}
              onChange={(next) => set({ lines: values.lines.map((l, j) => (j === i ? next : l)) })}
              onRemove={() => set({ lines: values.lines.filter((_, j) => j !== i) })}
            />
          ))}
          <button
            type="button"
            onClick={() => {
              set({ lines: [...values.lines, newLine(`line-${Date.now().toString(36)}-${nextLine}`)] });
              setNextLine(nextLine + 1);
            }}
          >
            Add a spend line
          </button>
        </fieldset>
        <button type="submit" disabled={save.isPending}>
          Save plan
        </button>
        {Object.keys(errors).length > 0 && <p role="alert">Please correct the fields marked above.</p>}
      </form>
      {theirs && (
        <div role="alert" className="conflict">
          <h2>This plan was saved elsewhere while you were editing</h2>
          <p>
            Saved version: “{theirs.plan.title}”, {theirs.plan.lines.length} spend line(s). Your changes are
            still in the form.
          </p>
          <button type="button" onClick={() => submit(theirs.revision)}>
            Keep my changes
          </button>
          <button
            type="button"
            onClick={() => {
              setValues(toFormValues(theirs.plan));
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
