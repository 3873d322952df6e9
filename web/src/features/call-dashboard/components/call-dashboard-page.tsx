/** One call for its association: budget reserved vs remaining, applications in receipt order, spend by category, CSV. */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatCents } from '../../../lib/format';
import { useCall, useCallApplications, useCallBudget } from '../api/call-dashboard';
import { applicationsCsv } from './applications-csv';
import { applicationsByRegion, eligibleByCategory } from './breakdowns';
import { BudgetBar } from './budget-bar';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function CallDashboardPage() {
  const { callId = '' } = useParams();
  const call = useCall(callId);
  const budget = useCallBudget(callId);
  const applications = useCallApplications(callId);
  const { t } = useTranslation();
  const failure = [call.error, budget.error, applications.error].find(Boolean);
  if (failure) return <p role="alert">{t('dashboard.failed', { message: failure.message })}</p>;
  if (!call.data || !budget.data || !applications.data) return <p role="status">{t('common.loading')}</p>;
  const items = applications.data.items;
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{call.data.title}</h1>
      <h2>{t('dashboard.budget')}</h2>
      <BudgetBar budgetCents={budget.data.budgetCents} reservedCents={budget.data.reservedCents} />
      <p>{t('dashboard.received', { count: budget.data.received })}</p>

      <h2>{t('dashboard.applications')}</h2>
      {items.length === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <>
          <table>
            <caption className="visually-hidden">{t('dashboard.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.receipt')}</th>
                <th scope="col">{t('dashboard.company')}</th>
                <th scope="col">{t('dashboard.status')}</th>
                <th scope="col">{t('dashboard.grantRequested')}</th>
                <th scope="col">{t('dashboard.reserved')}</th>
                <th scope="col">{t('dashboard.review')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.receipt.receiptNo}</th>
                  <td>{a.companyId}</td>
                  <td>{t(`applications.statuses.${a.status}`)}</td>
                  <td>{formatCents(a.requestedGrantCents)}</td>
                  <td>{formatCents(a.reservedCents)}</td>
                  <td data-testid={`review-${a.receipt.receiptNo}`}>
                    {a.review
                      ? t('dashboard.signedDecision', {
                          decision: t(`reviews.outcomes.${a.review.decision}`),
                        })
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => download(`grantfit-${callId}-applications.csv`, applicationsCsv(items))}
          >
            {t('dashboard.csv')}
          </button>
          <h2>{t('dashboard.byCategory')}</h2>
          <table>
            <caption className="visually-hidden">{t('dashboard.byCategory')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.category')}</th>
                <th scope="col">{t('dashboard.eligible')}</th>
              </tr>
            </thead>
            <tbody>
              {eligibleByCategory(items).map(([category, cents]) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  <td>{formatCents(cents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('dashboard.byRegion')}</h2>
          <table>
            <caption className="visually-hidden">{t('dashboard.byRegion')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.region')}</th>
                <th scope="col">{t('dashboard.applicants')}</th>
              </tr>
            </thead>
            <tbody>
              {applicationsByRegion(items).map(([region, count]) => (
                <tr key={region}>
                  <th scope="row">{region}</th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
