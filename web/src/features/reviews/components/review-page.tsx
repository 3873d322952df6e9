/** One review: the application's report line by line, the consultant's verdicts, decision, sign-off and PDF export. */
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { formatCents } from '../../../lib/format';
import { useDecision, useReview, useSign } from '../api/reviews';
import { LineReviewRow } from './line-review-row';

const DECISIONS = [
  { value: 'approve', label: 'Approve' },
  { value: 'request-changes', label: 'Request changes' },
  { value: 'reject', label: 'Reject' },
] as const;

export function ReviewPage() {
  const { reviewId = '' } = useParams();
  const query = useReview(reviewId);
  const decide = useDecision(reviewId);
  const sign = useSign(reviewId);
  const [decision, setDecision] = useState<(typeof DECISIONS)[number]['value']>('approve');
  const [note, setNote] = useState('');
  const [exporting, setExporting] = useState(false);

  if (query.isPending) return <p role="status">Loading…</p>;
  if (query.isError) return <p role="alert">Could not load the review: {query.error.message}</p>;
  const { review, application } = query.data;
  const open = review.status === 'open';
  const unreviewed = application.report.lines.filter((l) => !review.lines[l.lineId]).length;
  const failure = [decide.error, sign.error].find((e) => e instanceof ApiRequestError);

  const record = (event: FormEvent) => {
    event.preventDefault();
    decide.mutate({ decision, note, revision: review.revision });
  };
  const exportPdf = async () => {
    setExporting(true);
    try {
      const { reviewPdf } = await import('../export/review-pdf');
      const url = URL.createObjectURL(reviewPdf(review, application, (cents) => formatCents(cents)));
      const link = document.createElement('a');
      link.href = url;
      link.download = `grantfit-review-${review.id}.pdf`;
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">Review: {application.callTitle}</h1>
      <dl className="facts">
        <div>
          <dt>Applicant</dt>
          <dd>{application.companyId}</dd>
        </div>
        <div>
          <dt>Receipt number</dt>
          <dd>{application.receipt.receiptNo}</dd>
        </div>
        <div>
          <dt>Grant computed</dt>
          <dd>{formatCents(application.report.totals.grantCents)}</dd>
        </div>
        <div>
          <dt>Call version</dt>
          <dd>{application.callVersion}</dd>
        </div>
      </dl>

      <table className="report">
        <caption>Each expense: the engine’s verdict with the call’s articles, and yours</caption>
        <thead>
          <tr>
            <th scope="col">Expense</th>
            <th scope="col">Engine</th>
            <th scope="col">Your verdict</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {application.report.lines.map((line) => (
            <LineReviewRow
              key={line.lineId}
              reviewId={review.id}
              revision={review.revision}
              line={line}
              verdict={review.lines[line.lineId]}
              editable={open}
            />
          ))}
        </tbody>
      </table>

      {open ? (
        <>
          <form onSubmit={record} aria-labelledby="decision-title">
            <h2 id="decision-title">Decision</h2>
            <fieldset>
              <legend>Outcome</legend>
              {DECISIONS.map((d) => (
                <label key={d.value} className="choice">
                  <input
                    type="radio"
                    name="decision"
                    value={d.value}
                    checked={decision === d.value}
                    onChange={() => setDecision(d.value)}
                  />
                  {d.label}
                </label>
              ))}
            </fieldset>
            <Field id="decision-note" label="Note for the SME and the association">
              {(aria) => <textarea {...aria} value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
            <button type="submit" disabled={decide.isPending}>
              Record decision
            </button>
            {review.decision && <p role="status">Recorded: {review.decision}</p>}
          </form>
          <h2>Sign-off</h2>
          {unreviewed > 0 && <p>{unreviewed} line(s) not reviewed yet.</p>}
          <button
            type="button"
            disabled={!review.decision || unreviewed > 0 || sign.isPending}
            onClick={() => sign.mutate(review.revision)}
          >
            Sign the report
          </button>
        </>
      ) : (
        <>
          <p role="status">
            Signed on {new Date(review.signedAt ?? '').toLocaleString(navigator.language)}: {review.decision}
            {review.note && ` — ${review.note}`}
          </p>
          <p className="hint">Content hash {review.contentHash}</p>
          <button type="button" onClick={exportPdf} disabled={exporting}>
            Download PDF
          </button>
        </>
      )}
      {failure && <p role="alert">{failure.message}</p>}
    </section>
  );
}
