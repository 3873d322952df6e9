/**
 * Sharing on the receipt: while the application was never shared, the form to share it; once shared,
 * whom with and since when, as the review is in progress (an application is reviewed once, so the form
 * would only meet a refusal). A signed review is shown by SignedReviewSection instead.
 */
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { failureWords } from '../../../lib/failure-words';
import { useSharing } from '../api/applications';
import { ShareForm } from './share-form';

export function ReviewStatus({ applicationId }: { applicationId: string }) {
  const sharing = useSharing(applicationId, true);
  const { t } = useTranslation();
  if (sharing.isPending) return <p role="status">{t('common.loading')}</p>;
  if (sharing.isError)
    return <p role="alert">{t('applications.sharingFailed', { message: failureWords(sharing.error) })}</p>;
  if (!sharing.data) return <ShareForm applicationId={applicationId} />;
  return (
    <p role="status">
      {t('applications.sharedInProgress', {
        consultant: sharing.data.consultancyName ?? t('applications.aConsultancy'),
        date: new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long' }).format(
          new Date(sharing.data.sharedAt),
        ),
      })}
    </p>
  );
}
