/** The SME's digitalisation plans: the three strategic questions, goals and planned spend. */
import { Link } from 'react-router';
import { formatCents } from '../../../lib/format';
import { usePlans } from '../api/plans';

export function PlansPage() {
  const plans = usePlans();
  return (
    <section aria-labelledby="plans-title">
      <h1 id="plans-title">Your digitalisation plans</h1>
      <p>
        <Link to="/plans/new">Write a new plan</Link>
      </p>
      {plans.isPending && <p role="status">Loading…</p>}
      {plans.isError && <p role="alert">Could not load your plans: {plans.error.message}</p>}
      {plans.data?.items.length === 0 && <p>No plan yet.</p>}
      <ul className="card-list">
        {plans.data?.items.map(({ plan }) => (
          <li key={plan.id} className="card">
            <h2>{plan.title}</h2>
            <dl className="stacked">
              <dt>Where we want to go</dt>
              <dd>{plan.whereWeWantToGo || '—'}</dd>
              <dt>Who pulls the cart</dt>
              <dd>{plan.whoPullsTheCart || '—'}</dd>
              <dt>How we tell the story</dt>
              <dd>{plan.howWeTellTheStory || '—'}</dd>
            </dl>
            {plan.goals.length > 0 && (
              <>
                <h3>Goals</h3>
                <ul>
                  {plan.goals.map((goal) => (
                    <li key={goal.text}>
                      {goal.text} — <em>{goal.kpi}</em>
                      {goal.target && `: ${goal.target}`}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3>Planned spend</h3>
            <table>
              <caption className="visually-hidden">Spend lines of {plan.title}</caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Type</th>
                  <th scope="col">Supplier</th>
                  <th scope="col">Amount</th>
                </tr>
              </thead>
              <tbody>
                {plan.lines.map((line) => (
                  <tr key={line.id}>
                    <td>{line.description}</td>
                    <td>{line.category}</td>
                    <td>{line.supplier.name}</td>
                    <td>{formatCents(line.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <Link className="button-link" to={`/plans/${plan.id}/matches`}>
                See the calls that fit this plan
              </Link>{' '}
              <Link to={`/plans/${plan.id}/edit`}>
                Edit<span className="visually-hidden"> {plan.title}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
