/** The receipt: number and time of arrival, what happens next, and the consultant's signed review once there is one. */
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { PageFailure } from '../../../components/page-failure';
import { currentLocale } from '../../../i18n/i18n';
import { failureWords } from '../../../lib/failure-words';
import { formatCents } from '../../../lib/format';
import { useApplication } from '../api/applications';
import { ReviewStatus } from './review-status';
import { SignedReviewSection } from './signed-review-section';
import { WaitlistPlace } from './waitlist-place';
import { WithdrawSection } from './withdraw-section';

export function ReceiptPage() {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  const { t } = useTranslation();
  if (application.isPending) return <p role="status">{t('common.loading')}</p>;
  if (application.isError && application.data === undefined)
    return (
      <PageFailure
        title={t('applications.receiptTitle')}
        message={t('common.loadFailed', { message: failureWords(application.error) })}
      />
    );
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
      <WaitlistPlace applicationId={a.id} waitlisted={a.status === 'waitlisted'} />
      <p>{t('applications.callVersion', { title: a.callTitle, version: a.callVersion })}</p>
      {!a.review && a.status !== 'withdrawn' && <ReviewStatus applicationId={a.id} />}
      <SignedReviewSection application={a} />
      {a.status !== 'withdrawn' && <WithdrawSection applicationId={a.id} status={a.status} />}
    </section>
  );
}
