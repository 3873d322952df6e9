/**
 * For a signed-in trade association, on a catalogue record's page: start a draft call of its own from
 * the record, to complete from the official text and publish. The record's budget and deadline are
 * used when it states them; otherwise the association gives them here. The draft opens in the rules
 * editor, where the rate (0 % until set) and everything else the record cannot say is filled in.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CatalogueCall } from '../../../../../shared/catalogue/catalogue-call-schema';
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';
import { zonedWallTimeToIso } from '../../../../../shared/time/zoned-date-time';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';
import { useAdoptCatalogueCall } from '../api/adopt-catalogue-call';

export function AdoptForm({ sourceId, call }: { sourceId: string; call: CatalogueCall }) {
  const { t } = useTranslation('catalogue');
  const [, navigate] = useLocation();
  const adopt = useAdoptCatalogueCall(sourceId);
  const [problems, setProblems] = useState<{ budget?: string; closesOn?: string }>({});
  // A budget of €0 is no budget: the server asks for one then too.
  const needsBudget = !call.budget.cents;
  const needsDeadline = call.window.closes === undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const budgetCents = needsBudget ? parseEurosToCents(String(form.get('budget') ?? '')) : undefined;
    const closesOn = String(form.get('closesOn') ?? '');
    const found = {
      ...(needsBudget && !budgetCents ? { budget: t('adopt.budgetProblem') } : {}),
      ...(needsDeadline && !/^\d{4}-\d{2}-\d{2}$/.test(closesOn)
        ? { closesOn: t('adopt.closesOnProblem') }
        : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) {
      // Take the reader to the first field to correct (its message is tied to it).
      event.currentTarget
        .querySelector<HTMLInputElement>(found.budget ? '#adopt-budget' : '#adopt-closes')
        ?.focus();
      return;
    }
    adopt.mutate(
      {
        ...(budgetCents ? { budgetCents } : {}),
        // A day given here closes at noon in Italy, as the call editor's days do by default.
        ...(needsDeadline ? { closesAt: zonedWallTimeToIso(`${closesOn}T12:00`, call.window.timeZone) } : {}),
      },
      { onSuccess: (draft) => navigate(`/association/calls/${draft.id}/rules`) },
    );
  };

  const error = adopt.error instanceof ApiRequestError ? adopt.error : undefined;
  // A field the API refused is said in words (its own message is English); a refusal of the record
  // itself (withdrawn meanwhile, or lacking what a draft needs) is not the association's to correct.
  const refused = (path: string, words: string) =>
    error?.fieldMessage(path) !== undefined ? words : undefined;
  const budgetProblem =
    problems.budget ?? (needsBudget ? refused('budgetCents', t('adopt.budgetRefused')) : undefined);
  const closesProblem =
    problems.closesOn ?? (needsDeadline ? refused('closesAt', t('adopt.closesOnRefused')) : undefined);
  const failure =
    error?.body.code === 'record_withdrawn'
      ? t('adopt.withdrawn')
      : error?.body.code === 'invalid_input'
        ? t('adopt.recordIncomplete')
        : t('adopt.failed', { message: failureWords(adopt.error) });
  return (
    <section aria-labelledby="adopt-title" className="card">
      <h2 id="adopt-title">{t('adopt.title')}</h2>
      <p>{t('adopt.intro')}</p>
      <form onSubmit={onSubmit} noValidate aria-labelledby="adopt-title">
        {needsBudget && (
          <Field id="adopt-budget" label={t('adopt.budget')} error={budgetProblem}>
            {(aria) => <input {...aria} name="budget" inputMode="decimal" />}
          </Field>
        )}
        {needsDeadline && (
          <Field id="adopt-closes" label={t('adopt.closesOn')} error={closesProblem}>
            {(aria) => <input {...aria} name="closesOn" type="date" />}
          </Field>
        )}
        <button type="submit" disabled={adopt.isPending}>
          {adopt.isPending ? t('adopt.sending') : t('adopt.submit')}
        </button>
        {adopt.isError && !budgetProblem && !closesProblem && <p role="alert">{failure}</p>}
      </form>
    </section>
  );
}
