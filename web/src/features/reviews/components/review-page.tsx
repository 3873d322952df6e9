/**
 * One review: the application's report line by line, the consultant's verdicts, the engine's totals
 * beside the totals after the verdicts, decision, sign-off and PDF export.
 */

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { unreviewedLines, verdictOf } from '../../../../../shared/reviews/review-verdicts';
import { Field } from '../../../components/field';
import { PageFailure } from '../../../components/page-failure';
import { ReviewedTotals } from '../../../components/reviewed-totals';
import { TableScroll } from '../../../components/table-scroll';
import { currentLocale } from '../../../i18n/i18n';
import { expenseDetail, expenseName } from '../../../lib/expense-name';
import { failureWords } from '../../../lib/failure-words';
import { fingerprint, formatCents } from '../../../lib/format';
import { useLabels } from '../../../lib/labels';
import { useReviewPdfDownload } from '../../../lib/review-pdf/use-review-pdf-download';
import { useDecision, useReview, useSign } from '../api/reviews';
import { changeFailedWords } from './change-failed-words';
import { LineReviewRow } from './line-review-row';

const DECISIONS = ['approve', 'request-changes', 'reject'] as const;

export function ReviewPage() {
  const { reviewId = '' } = useParams();
  const query = useReview(reviewId);
  const decide = useDecision(reviewId);
  const sign = useSign(reviewId);
  const [decision, setDecision] = useState<(typeof DECISIONS)[number]>('approve');
  const { t } = useTranslation();
  const labels = useLabels();
  const {
    download: exportPdf,
    exporting,
    failure: pdfFailure,
  } = useReviewPdfDownload(async () => {
    // Read again so the API checks the signature for this very export.
    const read = await query.refetch();
    // A failed check is not passed over for the copy read earlier: no PDF then, and the reason said.
    if (read.isError) throw read.error;
    const fresh = read.data;
    if (!fresh) throw new Error('The review could not be read again.');
    return { review: fresh.review, application: fresh.application };
  });
  const [note, setNote] = useState('');

  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  if (query.isError && query.data === undefined)
    return (
      <PageFailure
        title={t('reviews.pageTitle')}
        message={t('reviews.loadFailed', { message: failureWords(query.error) })}
      />
    );
  const { review, application } = query.data;
  const open = review.status === 'open';
  // Own-property lookups: a line named `constructor` is not reviewed just because every object has one.
  const unreviewed = unreviewedLines(
    review,
    application.report.lines.map((l) => l.lineId),
  ).length;
  const failure = [decide.error, sign.error].find((e) => e !== null);

  const record = (event: FormEvent) => {
    event.preventDefault();
    // Only the last action's failure is said: an earlier one is past once another is tried.
    sign.reset();
    decide.mutate({ decision, note, revision: review.revision });
  };

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">{t('reviews.reviewTitle', { title: application.callTitle })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('reviews.applicant')}</dt>
          <dd>{review.companyName ?? t('reviews.unnamedCompany')}</dd>
        </div>
        <div>
          <dt>{t('reviews.receiptNumber')}</dt>
          <dd>{application.receipt.receiptNo}</dd>
        </div>
        <div>
          <dt>{t('reviews.grantComputed')}</dt>
          <dd>{formatCents(application.report.totals.grantCents)}</dd>
        </div>
        <div>
          <dt>{t('reviews.callVersion')}</dt>
          <dd>{application.callVersion}</dd>
        </div>
      </dl>

      <TableScroll label={t('reviews.linesCaption')}>
        <table className="report">
          <caption>{t('reviews.linesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviews.expense')}</th>
              <th scope="col">{t('reviews.engine')}</th>
              <th scope="col">{t('reviews.yourVerdict')}</th>
              <th scope="col">{t('reviews.action')}</th>
            </tr>
          </thead>
          <tbody>
            {application.report.lines.map((line) => (
              <LineReviewRow
                key={line.lineId}
                reviewId={review.id}
                revision={review.revision}
                line={line}
                name={expenseName(t, application, line.lineId)}
                detail={expenseDetail(labels, application, line.lineId)}
                verdict={verdictOf(review, line.lineId)}
                editable={open}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2>{t('reviews.totalsTitle')}</h2>
      <ReviewedTotals totals={application.report.totals} reviewed={review.reviewed} />

      {open ? (
        <>
          <form onSubmit={record} aria-labelledby="decision-title">
            <h2 id="decision-title">{t('reviews.decision')}</h2>
            <fieldset>
              <legend>{t('reviews.outcome')}</legend>
              {DECISIONS.map((d) => (
                <label key={d} className="choice">
                  <input
                    type="radio"
                    name="decision"
                    value={d}
                    checked={decision === d}
                    onChange={() => setDecision(d)}
                  />
                  {t(`reviews.decisions.${d}`)}
                </label>
              ))}
            </fieldset>
            <Field id="decision-note" label={t('reviews.note')}>
              {(aria) => <textarea {...aria} value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
            <button type="submit" disabled={decide.isPending}>
              {t('reviews.record')}
            </button>
            {review.decision && (
              <p role="status">
                {t('reviews.recorded', { decision: t(`reviews.outcomes.${review.decision}`) })}
              </p>
            )}
          </form>
          <h2>{t('reviews.signOff')}</h2>
          {unreviewed > 0 && <p>{t('reviews.unreviewed', { count: unreviewed })}</p>}
          <button
            type="button"
            disabled={!review.decision || unreviewed > 0 || sign.isPending}
            onClick={() => {
              decide.reset();
              sign.mutate(review.revision);
            }}
          >
            {t('reviews.sign')}
          </button>
        </>
      ) : (
        <>
          <p role="status">
            {t('reviews.signedOn', {
              date: new Date(review.signedAt ?? '').toLocaleString(currentLocale()),
              decision: review.decision ? t(`reviews.outcomes.${review.decision}`) : '',
            })}
            {review.note && ` — ${review.note}`}
          </p>
          {review.integrity === 'tampered' ? (
            <p role="alert" className="error">
              {t('reviews.integrityTampered')}
            </p>
          ) : (
            <p>{t('reviews.integrityVerified')}</p>
          )}
          <p className="hint">
            {t('reviews.contentHash', { hash: fingerprint(review.contentHash ?? '', 64) })}
          </p>
          <button type="button" onClick={exportPdf} disabled={exporting}>
            {t('reviews.pdf')}
          </button>
          {pdfFailure && <p role="alert">{pdfFailure}</p>}
        </>
      )}
      {failure && <p role="alert">{changeFailedWords(failure, t)}</p>}
    </section>
  );
}
