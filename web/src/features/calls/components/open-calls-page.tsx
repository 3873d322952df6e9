/** Everyone's first view: the calls open right now, with budget and deadline in the call's time zone. */
import { formatCents, formatDeadline } from '../../../lib/format';
import { useOpenCalls } from '../api/get-open-calls';

export function OpenCallsPage() {
  const calls = useOpenCalls();
  return (
    <section aria-labelledby="open-calls-title">
      <h1 id="open-calls-title">Open funding calls</h1>
      {calls.isPending && <p role="status">Loading calls…</p>}
      {calls.isError && <p role="alert">Could not load the calls: {calls.error.message}</p>}
      {calls.data && calls.data.items.length === 0 && <p>No call is open right now.</p>}
      {calls.data && calls.data.items.length > 0 && (
        <ul className="card-list">
          {calls.data.items.map((call) => (
            <li key={call.id} className="card">
              <h2>{call.title}</h2>
              <p>{call.description}</p>
              <dl className="facts">
                <div>
                  <dt>Budget</dt>
                  <dd>{formatCents(call.budgetCents)}</dd>
                </div>
                <div>
                  <dt>Closes</dt>
                  <dd>
                    <time dateTime={call.closesAt}>{formatDeadline(call.closesAt, call.timeZone)}</time>{' '}
                    <span className="zone">({call.timeZone.replace('_', ' ')})</span>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
