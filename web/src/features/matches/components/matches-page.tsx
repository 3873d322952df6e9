/** Which calls fit the plan, best first: expected grant, what the SME still pays, deadline, and why not. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useExplain } from '../../../lib/explain';
import { formatCents, formatDeadline } from '../../../lib/format';
import { useMatches } from '../api/matches';

function daysLeft(closesAt: string): number {
  return Math.max(0, Math.ceil((Date.parse(closesAt) - Date.now()) / 86_400_000));
}

export function MatchesPage() {
  const { planId = '' } = useParams();
  const matches = useMatches(planId);
  const { t } = useTranslation();
  const explain = useExplain();
  return (
    <section aria-labelledby="matches-title">
      <h1 id="matches-title">{t('matches.title')}</h1>
      {matches.isPending && <p role="status">{t('matches.loading')}</p>}
      {matches.isError && <p role="alert">{t('matches.failed', { message: matches.error.message })}</p>}
      <ol className="card-list">
        {matches.data?.items.map((match) => (
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
            {match.canApply && (
              <p>
                <Link className="button-link" to={`/plans/${planId}/calls/${match.callId}`}>
                  {t('matches.check')}
                  <span className="visually-hidden"> {t('matches.checkFor', { title: match.title })}</span>
                </Link>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
