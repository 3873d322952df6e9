/** Which calls fit the plan, best first: expected grant, what the SME still pays, deadline, and why not. */
import { type ReactNode, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Fold } from '../../../components/fold';
import { useExplain } from '../../../lib/explain';
import { failureWords } from '../../../lib/failure-words';
import { formatCents, formatDeadline } from '../../../lib/format';
import { useLabels } from '../../../lib/labels';
import { useNextStepText } from '../../../lib/next-step-text';
import { useMatches } from '../api/matches';
import { nearMissSteps } from './near-miss';

type Match = NonNullable<ReturnType<typeof useMatches>['data']>['items'][number];

function daysLeft(closesAt: string): number {
  return Math.max(0, Math.ceil((Date.parse(closesAt) - Date.now()) / 86_400_000));
}

/**
 * `more` renders what the app puts after the calls checked line by line for this plan (the catalogue's
 * possible fits: features never import each other, the app composes them).
 */
export function MatchesPage({ more }: { more?: (planId: string) => ReactNode }) {
  const { planId = '' } = useParams();
  // One plan per mount: moving to another plan's matches never shows this one's cards for a frame.
  return <PlanMatches key={planId} planId={planId} more={more} />;
}

function PlanMatches({ planId, more }: { planId: string; more?: (planId: string) => ReactNode }) {
  const matches = useMatches(planId);
  const { t } = useTranslation();
  const explain = useExplain();
  const labels = useLabels();
  const nextSteps = useNextStepText();
  // The heading paints first and the cards in the next frame: on a slow phone the page's largest paint
  // (the heading) then does not wait for every card to render.
  const data = useDeferredValue(matches.data ?? null, null);
  const items = data?.items ?? [];
  // Fits earn a grant (a €0 result never is one), best first; near misses need one change; the rest fold away.
  const fits = items
    .filter((m) => m.canApply && m.expectedGrantCents > 0)
    .sort((a, b) => b.expectedGrantCents - a.expectedGrantCents);
  const others = items.filter((m) => !fits.includes(m));
  const near = others.filter((m) => nearMissSteps(m, planId));
  const rest = others.filter((m) => !near.includes(m));
  const card = (match: Match, extra?: ReactNode) => (
    <li key={match.callId} className="card">
      <h2>{match.title}</h2>
      {match.canApply ? (
        <dl className="facts">
          <div>
            <dt>{t('matches.expectedGrant')}</dt>
            <dd>{formatCents(match.expectedGrantCents)}</dd>
          </div>
          <div>
            <dt>{t('matches.youPay')}</dt>
            <dd>{formatCents(match.netCostCents)}</dd>
          </div>
          <div>
            <dt>{t('matches.eligibleShare')}</dt>
            <dd>{Math.round(match.coverageBp / 100)} %</dd>
          </div>
          <div>
            <dt>{t('matches.closes')}</dt>
            <dd>
              <time dateTime={match.closesAt}>{formatDeadline(match.closesAt, match.timeZone)}</time> (
              {t('matches.daysLeft', { count: daysLeft(match.closesAt) })})
            </dd>
          </div>
        </dl>
      ) : (
        <p>{t('matches.cannotApply')}</p>
      )}
      {match.reasons.length > 0 && (
        <ul className="reasons">
          {match.reasons.map((reason) => (
            <li key={reason.ruleId}>
              {explain('reason', reason)} <span className="article">({reason.article})</span>
            </li>
          ))}
        </ul>
      )}
      {match.hints.length > 0 && (
        <ul className="hints">
          {match.hints.map((hint) => (
            <li key={hint.code}>{explain('hint', hint)}</li>
          ))}
        </ul>
      )}
      {extra}
      {match.canApply && (
        <p>
          <Link className="button-link" to={`/plans/${planId}/calls/${match.callId}`}>
            {t('matches.check')}
            <span className="visually-hidden"> {t('matches.checkFor', { title: match.title })}</span>
          </Link>
        </p>
      )}
    </li>
  );
  const stepList = (match: Match) => (
    <ul className="next-steps">
      {(nearMissSteps(match, planId) ?? []).map((step) => (
        <li key={`${step.code} ${step.href}`}>
          {step.line && (
            <span>
              {step.line}: {step.reason && explain('reason', step.reason)}{' '}
            </span>
          )}
          <strong>{nextSteps.text(step)}</strong>{' '}
          <Link href={step.href}>
            {nextSteps.link}
            <span className="visually-hidden">
              : {match.title}
              {step.line && ` (${step.line})`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="matches-title">
      <h1 id="matches-title">{t('matches.title')}</h1>
      {matches.isPending && <p role="status">{t('matches.loading')}</p>}
      {matches.isError && <p role="alert">{t('matches.failed', { message: failureWords(matches.error) })}</p>}
      {fits.length > 0 && (
        <ol className="card-list" aria-label={labels.nextStep('fitsTitle')}>
          {fits.map((m) => card(m))}
        </ol>
      )}
      {data && fits.length === 0 && <p>{labels.nextStep('noFits')}</p>}
      {near.length > 0 && (
        <>
          <h2 className="group-title">{labels.nextStep('nearTitle')}</h2>
          <ol className="card-list">{near.map((m) => card(m, stepList(m)))}</ol>
        </>
      )}
      {rest.length > 0 && (
        <Fold summary={labels.nextStep('restTitle').replace('{{count}}', String(rest.length))}>
          {() => <ol className="card-list">{rest.map((m) => card(m))}</ol>}
        </Fold>
      )}
      {data && more?.(planId)}
    </section>
  );
}
