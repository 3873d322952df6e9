/**
 * The digital-readiness self-check: the three strategic questions, five maturity questions, and the
 * small first steps that follow (shared/readiness). Answers stay in this browser; "start a plan" carries
 * them into the plan editor.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  firstSteps,
  READINESS_QUESTIONS,
  type ReadinessAnswers,
  readinessScore,
} from '../../../../../shared/readiness/readiness';
import { Field } from '../../../components/field';

const STORAGE_KEY = 'grantfit.readiness';

interface SelfCheck {
  whereWeWantToGo: string;
  whoPullsTheCart: string;
  howWeTellTheStory: string;
  answers: ReadinessAnswers;
}

const empty: SelfCheck = { whereWeWantToGo: '', whoPullsTheCart: '', howWeTellTheStory: '', answers: {} };

function load(): SelfCheck {
  try {
    return { ...empty, ...JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') };
  } catch {
    return empty;
  }
}

export function ReadinessPage() {
  const { t } = useTranslation('readiness');
  // The three strategic questions read exactly as in the plan editor they feed.
  const { t: tPlan } = useTranslation();
  const [check, setCheck] = useState<SelfCheck>(load);
  useEffect(() => localStorage.setItem(STORAGE_KEY, JSON.stringify(check)), [check]);
  const steps = firstSteps(check.answers);
  const strategic = [
    ['whereWeWantToGo', 'planEditor.where', 'planEditor.whereHint'],
    ['whoPullsTheCart', 'planEditor.who', 'planEditor.whoHint'],
    ['howWeTellTheStory', 'planEditor.story', 'planEditor.storyHint'],
  ] as const;
  return (
    <section aria-labelledby="readiness-title">
      <h1 id="readiness-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <form onSubmit={(e) => e.preventDefault()} aria-labelledby="readiness-title">
        <fieldset>
          <legend>{t('strategy')}</legend>
          {strategic.map(([key, label, hint]) => (
            <Field key={key} id={`readiness-${key}`} label={tPlan(label)} hint={tPlan(hint)}>
              {(aria) => (
                <textarea
                  {...aria}
                  value={check[key]}
                  onChange={(e) => setCheck({ ...check, [key]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <h2>{t('maturity')}</h2>
        {READINESS_QUESTIONS.map((question) => (
          <fieldset key={question}>
            <legend>{t(`questions.${question}`)}</legend>
            {t(`answers.${question}`, { returnObjects: true }).map((answer, level) => (
              <label key={answer} className="choice">
                <input
                  type="radio"
                  name={`readiness-${question}`}
                  checked={check.answers[question] === level}
                  onChange={() =>
                    setCheck({ ...check, answers: { ...check.answers, [question]: level as 0 | 1 | 2 | 3 } })
                  }
                />
                {answer}
              </label>
            ))}
          </fieldset>
        ))}
      </form>
      <section aria-labelledby="steps-title" aria-live="polite">
        <h2 id="steps-title">{t('stepsTitle')}</h2>
        <p>{t('score', { score: readinessScore(check.answers) })}</p>
        {steps.length === 0 ? (
          <p>{t('noSteps')}</p>
        ) : (
          <ol>
            {steps.map((step) => (
              <li key={step.question}>{t(`steps.${step.question}`)}</li>
            ))}
          </ol>
        )}
        <Link
          className="button-link"
          to="/plans/new"
          state={{
            whereWeWantToGo: check.whereWeWantToGo,
            whoPullsTheCart: check.whoPullsTheCart,
            howWeTellTheStory: check.howWeTellTheStory,
            lines: steps.map((step) => ({
              category: step.category,
              description: t(`steps.${step.question}`),
            })),
          }}
        >
          {t('startPlan')}
        </Link>
      </section>
    </section>
  );
}
