/** One call for its association: budget reserved vs remaining, applications in receipt order, spend by category, CSV. */
import { useParams } from 'react-router';
import type { Application } from '../../../../../shared/applications/application-schema';
import { formatCents } from '../../../lib/format';
import { useCall, useCallApplications, useCallBudget } from '../api/call-dashboard';
import { applicationsCsv } from './applications-csv';
import { BudgetBar } from './budget-bar';

/** Eligible spend per category over the applications that still count (not withdrawn). */
function eligibleByCategory(applications: readonly Application[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const a of applications.filter((x) => x.status !== 'withdrawn')) {
    for (const line of a.report.lines) {
      const key = line.categoryId ?? 'uncategorised';
      totals.set(key, (totals.get(key) ?? 0) + line.eligibleCents);
    }
  }
  return [...totals].sort((x, y) => y[1] - x[1]);
}

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
  const failure = [call.error, budget.error, applications.error].find(Boolean);
  if (failure) return <p role="alert">Could not load the call: {failure.message}</p>;
  if (!call.data || !budget.data || !applications.data) return <p role="status">Loading…</p>;
  const items = applications.data.items;
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{call.data.title}</h1>
      <h2>Budget</h2>
      <BudgetBar budgetCents={budget.data.budgetCents} reservedCents={budget.data.reservedCents} />
      <p>{budget.data.received} application(s) received.</p>

      <h2>Applications</h2>
      {items.length === 0 ? (
        <p>No applications yet.</p>
      ) : (
        <>
          <table>
            <caption className="visually-hidden">Applications in receipt order</caption>
            <thead>
              <tr>
                <th scope="col">Receipt</th>
                <th scope="col">Company</th>
                <th scope="col">Status</th>
                <th scope="col">Grant requested</th>
                <th scope="col">Reserved</th>
                <th scope="col">Review</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.receipt.receiptNo}</th>
                  <td>{a.companyId}</td>
                  <td>{a.status}</td>
                  <td>{formatCents(a.requestedGrantCents)}</td>
                  <td>{formatCents(a.reservedCents)}</td>
                  <td data-testid={`review-${a.receipt.receiptNo}`}>
                    {a.review ? `${a.review.decision}, signed` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => download(`grantfit-${callId}-applications.csv`, applicationsCsv(items))}
          >
            Export CSV
          </button>
          <h2>Eligible spend by category</h2>
          <table>
            <caption className="visually-hidden">Eligible spend by category</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Eligible</th>
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
        </>
      )}
    </section>
  );
}
