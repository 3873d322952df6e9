/** Which calls fit the plan, best first: expected grant, what the SME still pays, deadline, and why not. */
import { Link, useParams } from 'react-router';
import { formatCents, formatDeadline } from '../../../lib/format';
import { useMatches } from '../api/matches';

function daysLeft(closesAt: string): number {
  return Math.max(0, Math.ceil((Date.parse(closesAt) - Date.now()) / 86_400_000));
}

export function MatchesPage() {
  const { planId = '' } = useParams();
  const matches = useMatches(planId);
  return (
    <section aria-labelledby="matches-title">
      <h1 id="matches-title">Calls that fit your plan</h1>
      {matches.isPending && <p role="status">Checking every open call…</p>}
      {matches.isError && <p role="alert">Could not check the calls: {matches.error.message}</p>}
      <ol className="card-list">
        {matches.data?.items.map((match) => (
          <li key={match.callId} className="card">
            <h2>{match.title}</h2>
            {match.canApply ? (
              <dl className="facts">
                <div>
                  <dt>Expected grant</dt>
                  <dd>{formatCents(match.expectedGrantCents)}</dd>
                </div>
                <div>
                  <dt>You pay</dt>
                  <dd>{formatCents(match.netCostCents)}</dd>
                </div>
                <div>
                  <dt>Eligible spend</dt>
                  <dd>{Math.round(match.coverageBp / 100)} %</dd>
                </div>
                <div>
                  <dt>Closes</dt>
                  <dd>
                    <time dateTime={match.closesAt}>{formatDeadline(match.closesAt, match.timeZone)}</time> (
                    {daysLeft(match.closesAt)} days left)
                  </dd>
                </div>
              </dl>
            ) : (
              <p>You cannot apply to this call.</p>
            )}
            {match.reasons.length > 0 && (
              <ul className="reasons">
                {match.reasons.map((reason) => (
                  <li key={reason.ruleId}>
                    {reason.message} <span className="article">({reason.article})</span>
                  </li>
                ))}
              </ul>
            )}
            {match.hints.length > 0 && (
              <ul className="hints">
                {match.hints.map((hint) => (
                  <li key={hint.code}>{hint.message}</li>
                ))}
              </ul>
            )}
            {match.canApply && (
              <p>
                <Link className="button-link" to={`/plans/${planId}/calls/${match.callId}`}>
                  Check line by line<span className="visually-hidden"> for {match.title}</span>
                </Link>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
