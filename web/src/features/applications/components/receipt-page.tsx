/** The receipt: number and time of arrival, what happens next, and the consultant's decision once signed. */
import { useParams } from 'react-router';
import { formatCents } from '../../../lib/format';
import { useApplication } from '../api/applications';
import { ShareForm } from './share-form';
import { STATUS_TEXT } from './status-text';

export function ReceiptPage() {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  if (application.isPending) return <p role="status">Loading…</p>;
  if (application.isError)
    return <p role="alert">Could not load the application: {application.error.message}</p>;
  const a = application.data;
  return (
    <section aria-labelledby="receipt-title">
      <h1 id="receipt-title">Application received</h1>
      <dl className="facts">
        <div>
          <dt>Receipt number</dt>
          <dd data-testid="receipt-number">{a.receipt.receiptNo}</dd>
        </div>
        <div>
          <dt>Received at</dt>
          <dd>
            <time dateTime={a.receipt.receivedAt}>
              {new Intl.DateTimeFormat(navigator.language, { dateStyle: 'long', timeStyle: 'medium' }).format(
                new Date(a.receipt.receivedAt),
              )}
            </time>
          </dd>
        </div>
        <div>
          <dt>Grant requested</dt>
          <dd>{formatCents(a.requestedGrantCents)}</dd>
        </div>
      </dl>
      <p role="status">{STATUS_TEXT[a.status]}</p>
      <p>
        Call: {a.callTitle} (version {a.callVersion})
      </p>
      {!a.review && a.status !== 'withdrawn' && <ShareForm applicationId={a.id} />}
      {a.review && (
        <p>
          Consultant decision: <strong>{a.review.decision}</strong>, signed{' '}
          {new Date(a.review.signedAt).toLocaleDateString(navigator.language)}
        </p>
      )}
    </section>
  );
}
