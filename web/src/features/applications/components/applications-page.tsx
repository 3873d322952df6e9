/** The SME's applications with their status. */
import { Link } from 'react-router';
import { formatCents } from '../../../lib/format';
import { useApplications } from '../api/applications';
import { STATUS_TEXT } from './status-text';

export function ApplicationsPage() {
  const applications = useApplications();
  return (
    <section aria-labelledby="applications-title">
      <h1 id="applications-title">Your applications</h1>
      {applications.isPending && <p role="status">Loading…</p>}
      {applications.isError && <p role="alert">Could not load them: {applications.error.message}</p>}
      {applications.data?.items.length === 0 && <p>No application yet.</p>}
      {applications.data && applications.data.items.length > 0 && (
        <table>
          <caption className="visually-hidden">Your applications</caption>
          <thead>
            <tr>
              <th scope="col">Call</th>
              <th scope="col">Receipt</th>
              <th scope="col">Status</th>
              <th scope="col">Grant</th>
            </tr>
          </thead>
          <tbody>
            {applications.data.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/applications/${a.id}`}>{a.callTitle}</Link>
                </td>
                <td>{a.receipt.receiptNo}</td>
                <td>{STATUS_TEXT[a.status]}</td>
                <td>{formatCents(a.requestedGrantCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
