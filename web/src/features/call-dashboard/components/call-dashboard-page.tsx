/** One call for its association: budget reserved vs remaining, applications in receipt order, spend by category, CSV. */
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { PageFailure } from '../../../components/page-failure';
import { TableScroll } from '../../../components/table-scroll';
import type { Language } from '../../../i18n/languages';
import { failureWords } from '../../../lib/failure-words';
import { formatCents } from '../../../lib/format';
import { useLabels } from '../../../lib/labels';
import { saveFile } from '../../../lib/save-file';
import { useCall, useCallApplications, useCallBudget } from '../api/call-dashboard';
import { applicationsCsv } from './applications-csv';
import { BreakdownTable } from './breakdown-table';
import { applicationsByRegion, eligibleByCategory } from './breakdowns';
import { BudgetBar } from './budget-bar';
import { dashboardWords } from './dashboard-words';

export function CallDashboardPage() {
  const { callId = '' } = useParams();
  const call = useCall(callId);
  const budget = useCallBudget(callId);
  const applications = useCallApplications(callId);
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const failure = [call.error, budget.error, applications.error].find(Boolean);
  // A refresh that fails keeps the figures already shown: only a first load says it failed.
  if (!call.data || !budget.data || !applications.data) {
    return failure ? (
      <PageFailure
        title={t('dashboard.pageTitle')}
        message={t('dashboard.failed', { message: failureWords(failure) })}
      />
    ) : (
      <p role="status">{t('common.loading')}</p>
    );
  }
  const items = applications.data.items;
  const words = dashboardWords(
    t,
    i18n.language as Language,
    labels,
    call.data.rules ?? { categories: [] },
    formatCents,
  );
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
          <TableScroll label={t('dashboard.caption')}>
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
                  <th scope="col">{t('dashboard.grantReviewed')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.receipt.receiptNo}</th>
                    <td>{words.company(a)}</td>
                    <td>{words.status(a)}</td>
                    <td>{formatCents(a.requestedGrantCents)}</td>
                    <td>{formatCents(a.reservedCents)}</td>
                    <td data-testid={`review-${a.receipt.receiptNo}`}>{words.review(a) || '—'}</td>
                    <td data-testid={`reviewed-grant-${a.receipt.receiptNo}`}>
                      {words.reviewedGrant(a) || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <button
            type="button"
            onClick={() =>
              saveFile(
                `grantfit-${callId}-applications.csv`,
                new Blob([applicationsCsv(items, words)], { type: 'text/csv;charset=utf-8' }),
              )
            }
          >
            {t('dashboard.csv')}
          </button>
          <BreakdownTable
            title={t('dashboard.byCategory')}
            labelHeader={t('dashboard.category')}
            valueHeader={t('dashboard.eligible')}
            rows={eligibleByCategory(items).map(([category, cents]) => [
              words.category(category),
              formatCents(cents),
            ])}
          />
          <BreakdownTable
            title={t('dashboard.byRegion')}
            labelHeader={t('dashboard.region')}
            valueHeader={t('dashboard.applicants')}
            rows={applicationsByRegion(items).map(([code, count]) => [words.regionName(code), count])}
          />
        </>
      )}
    </section>
  );
}
