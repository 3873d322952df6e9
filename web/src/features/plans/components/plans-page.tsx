/** The SME's digitalisation plans: the three strategic questions, goals and planned spend. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { TableScroll } from '../../../components/table-scroll';
import { failureWords } from '../../../lib/failure-words';
import { formatCents } from '../../../lib/format';
import { useLabels } from '../../../lib/labels';
import { usePlans } from '../api/plans';

export function PlansPage() {
  const plans = usePlans();
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section aria-labelledby="plans-title">
      <h1 id="plans-title">{t('plans.title')}</h1>
      <p>
        <Link to="/plans/new">{t('plans.new')}</Link>
      </p>
      {plans.isPending && <p role="status">{t('common.loading')}</p>}
      {plans.isError && <p role="alert">{t('plans.failed', { message: failureWords(plans.error) })}</p>}
      {plans.data?.items.length === 0 && <p>{t('plans.none')}</p>}
      <ul className="card-list">
        {plans.data?.items.map(({ plan }) => (
          <li key={plan.id} className="card">
            <h2>{plan.title}</h2>
            <dl className="stacked">
              <dt>{t('plans.whereWeWantToGo')}</dt>
              <dd>{plan.whereWeWantToGo || '—'}</dd>
              <dt>{t('plans.whoPullsTheCart')}</dt>
              <dd>{plan.whoPullsTheCart || '—'}</dd>
              <dt>{t('plans.howWeTellTheStory')}</dt>
              <dd>{plan.howWeTellTheStory || '—'}</dd>
            </dl>
            {plan.goals.length > 0 && (
              <>
                <h3>{t('plans.goals')}</h3>
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
            <h3>{t('plans.spend')}</h3>
            <TableScroll label={t('plans.spendCaption', { title: plan.title })}>
              <table>
                <caption className="visually-hidden">
                  {t('plans.spendCaption', { title: plan.title })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plans.what')}</th>
                    <th scope="col">{t('plans.type')}</th>
                    <th scope="col">{t('plans.supplier')}</th>
                    <th scope="col">{t('plans.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.lines.map((line) => (
                    <tr key={line.id}>
                      <td>{line.description}</td>
                      <td>{labels.taxonomy(line.category)}</td>
                      <td>{line.supplier.name}</td>
                      <td>{formatCents(line.amountCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <p className="actions">
              <Link className="button-link" to={`/plans/${plan.id}/matches`}>
                {t('plans.matches')}
              </Link>
              <Link to={`/plans/${plan.id}/edit`}>
                {t('plans.edit')}
                <span className="visually-hidden"> {plan.title}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
