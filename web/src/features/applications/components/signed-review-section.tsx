/**
 * The consultant's signed review on the SME's receipt: the decision and note, each expense's verdict
 * (accepted, or changed to an amount with the consultant's reason), the totals as calculated and after
 * the review, whether the review is unchanged since signing (checked by the API on this read), and the
 * same PDF the consultant exports.
 */
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../../shared/applications/application-schema';
import { withoutEvaluatedInputs } from '../../../../../shared/applications/shared-application';
import { verdictOf } from '../../../../../shared/reviews/review-verdicts';
import { ReviewedTotals } from '../../../components/reviewed-totals';
import { TableScroll } from '../../../components/table-scroll';
import { currentLocale } from '../../../i18n/i18n';
import { expenseName } from '../../../lib/expense-name';
import { formatCents } from '../../../lib/format';
import { useReviewPdfDownload } from '../../../lib/review-pdf/use-review-pdf-download';
import { useSignedReview } from '../api/signed-review';

export function SignedReviewSection({ application }: { application: Application }) {
  const query = useSignedReview(application.id, application.review !== undefined);
  const { t } = useTranslation();
  const { download, exporting, failure } = useReviewPdfDownload(async () => {
    // Read again so the API checks the signature for this very download.
    const read = await query.refetch();
    // A failed check is not passed over for the copy read earlier: no PDF then, and the reason said.
    if (read.isError) throw read.error;
    const fresh = read.data;
    if (!fresh) throw new Error('The review could not be read again.');
    return { review: fresh.review, application: withoutEvaluatedInputs(fresh.application) };
  });
  if (!application.review) return null;
  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  // Not checked is not trusted: the receipt says so rather than show the decision as signed.
  // A check that failed on a later read (a PDF's fresh one) keeps the decision already checked on screen.
  if (query.isError && query.data === undefined)
    return (
      <p role="alert" className="error">
        {t('applications.reviewUnchecked')}
      </p>
    );
  const { review } = query.data;
  const { report } = query.data.application;
  // The SME's own plan as it was checked names each expense in its own words (by position when an
  // older application kept no plan), the same names the PDF and the consultant read.
  const named = withoutEvaluatedInputs(query.data.application);
  const describe = (lineId: string) => expenseName(t, named, lineId);

  return (
    <section aria-labelledby="signed-review-title">
      <h2 id="signed-review-title">{t('signedReview.title')}</h2>
      {review.integrity === 'tampered' ? (
        <p role="alert" className="error">
          {t('applications.reviewTampered')}
        </p>
      ) : (
        <p>{t('applications.reviewVerified')}</p>
      )}
      {review.decision && (
        <p>
          {t('applications.decision', {
            decision: t(`applications.outcomes.${review.decision}`),
            date: new Date(review.signedAt ?? '').toLocaleDateString(currentLocale()),
          })}
        </p>
      )}
      <h3>{t('signedReview.note')}</h3>
      <p data-testid="review-note">{review.note ? review.note : t('signedReview.noNote')}</p>

      <TableScroll label={t('signedReview.linesCaption')}>
        <table className="report">
          <caption>{t('signedReview.linesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signedReview.expense')}</th>
              <th scope="col">{t('signedReview.requested')}</th>
              <th scope="col">{t('signedReview.calculated')}</th>
              <th scope="col">{t('signedReview.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {report.lines.map((line) => {
              const verdict = verdictOf(review, line.lineId);
              return (
                <tr key={line.lineId}>
                  <th scope="row">{describe(line.lineId)}</th>
                  <td>{formatCents(line.requestedCents)}</td>
                  <td>{formatCents(line.eligibleCents)}</td>
                  <td data-testid={`verdict-${line.lineId}`}>
                    {!verdict && t('signedReview.notReviewed')}
                    {verdict?.decision === 'accept' && t('signedReview.accepted')}
                    {verdict?.decision === 'override' &&
                      t('signedReview.overridden', {
                        amount: formatCents(verdict.eligibleCents ?? 0),
                        reason: verdict.reason ?? '',
                      })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>

      <h3>{t('signedReview.totalsTitle')}</h3>
      <ReviewedTotals totals={report.totals} reviewed={review.reviewed} />
      <button type="button" onClick={download} disabled={exporting}>
        {t('signedReview.pdf')}
      </button>
      {failure && <p role="alert">{failure}</p>}
    </section>
  );
}
