/** Everyone's first view: the calls open right now, with budget and deadline in the call's time zone. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { failureWords } from '../../../lib/failure-words';
import { formatCents, formatDeadline } from '../../../lib/format';
import { useOpenCalls } from '../api/get-open-calls';

export function OpenCallsPage() {
  const calls = useOpenCalls();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="open-calls-title">
      <h1 id="open-calls-title">{t('calls.title')}</h1>
      {calls.isPending && <p role="status">{t('calls.loading')}</p>}
      {calls.isError && <p role="alert">{t('calls.failed', { message: failureWords(calls.error) })}</p>}
      {calls.data && calls.data.items.length === 0 && <p>{t('calls.none')}</p>}
      {calls.data && calls.data.items.length > 0 && (
        <ul className="card-list">
          {calls.data.items.map((call) => (
            <li key={call.id} className="card">
              <h2>
                <Link to={`/calls/${call.id}`}>{call.title}</Link>
              </h2>
              <p>{call.description}</p>
              <dl className="facts">
                <div>
                  <dt>{t('calls.budget')}</dt>
                  <dd>{formatCents(call.budgetCents)}</dd>
                </div>
                <div>
                  <dt>{t('calls.closes')}</dt>
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
