/** The association's workspace: its calls with their status, a publish action, and the draft form. */
import { Link } from 'react-router';
import { formatCents, formatDeadline } from '../../../lib/format';
import { useMyCalls, usePublishCall } from '../api/my-calls';
import { CallForm } from './call-form';

export function MyCallsPage() {
  const calls = useMyCalls();
  const publish = usePublishCall();
  return (
    <section aria-labelledby="my-calls-title">
      <h1 id="my-calls-title">Your calls</h1>
      {calls.isPending && <p role="status">Loading…</p>}
      {calls.isError && <p role="alert">Could not load your calls: {calls.error.message}</p>}
      {publish.isError && <p role="alert">Publishing failed: {publish.error.message}</p>}
      {calls.data && (
        <table>
          <caption className="visually-hidden">Your calls and their status</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Budget</th>
              <th scope="col">Closes</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {calls.data.items.map((call) => (
              <tr key={call.id}>
                <td>
                  {call.status === 'draft' ? (
                    call.title
                  ) : (
                    <Link to={`/association/calls/${call.id}`}>{call.title}</Link>
                  )}
                </td>
                <td>{call.status}</td>
                <td>{formatCents(call.budgetCents)}</td>
                <td>{formatDeadline(call.closesAt, call.timeZone)}</td>
                <td>
                  {call.status === 'draft' && (
                    <button
                      type="button"
                      disabled={publish.isPending}
                      onClick={() => {
                        if (window.confirm(`Publish “${call.title}”? SMEs will see it at once.`))
                          publish.mutate(call.id);
                      }}
                    >
                      Publish<span className="visually-hidden"> {call.title}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CallForm />
    </section>
  );
}
