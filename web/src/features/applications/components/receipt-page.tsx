/** The receipt: number and time of arrival, what happens next, and the consultant's decision once signed. */
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { currentLocale } from '../../../i18n/i18n';
import { formatCents } from '../../../lib/format';
import { useApplication, useReviewCheck } from '../api/applications';
import { ShareForm } from './share-form';

export function ReceiptPage() {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  const check = useReviewCheck(application.data?.review?.reviewId);
  const { t } = useTranslation();
  if (application.isPending) return <p role="status">{t('common.loading')}</p>;
  if (application.isError)
    return <p role="alert">{t('common.loadFailed', { message: application.error.message })}</p>;
  const a = application.data;
  return (
    <section aria-labelledby="receipt-title">
      <h1 id="receipt-title">{t('applications.receivedTitle')}</h1>
      <dl className="facts">
        <div>
          <dt>{t('applications.receiptNumber')}</dt>
          <dd data-testid="receipt-number">{a.receipt.receiptNo}</dd>
        </div>
        <div>
          <dt>{t('applications.receivedAt')}</dt>
          <dd>
            <time dateTime={a.receipt.receivedAt}>
              {new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeStyle: 'medium' }).format(
                new Date(a.receipt.receivedAt),
              )}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('applications.grantRequested')}</dt>
          <dd>{formatCents(a.requestedGrantCents)}</dd>
        </div>
      </dl>
      <p role="status">{t(`applications.statuses.${a.status}`)}</p>
      <p>{t('applications.callVersion', { title: a.callTitle, version: a.callVersion })}</p>
      {!a.review && a.status !== 'withdrawn' && <ShareForm applicationId={a.id} />}
      {a.review && (
        <p>
          {t('applications.decision', {
            decision: t(`applications.outcomes.${a.review.decision}`),
            date: new Date(a.review.signedAt).toLocaleDateString(currentLocale()),
          })}
        </p>
      )}
      {check.data?.integrity === 'verified' && <p>{t('applications.reviewVerified')}</p>}
      {(check.data?.integrity === 'tampered' || check.isError) && (
        <p role="alert" className="error">
          {t(check.isError ? 'applications.reviewUnchecked' : 'applications.reviewTampered')}
        </p>
      )}
    </section>
  );
}
