/**
 * Withdrawing from the receipt, in two steps: the first click says what happens (the place and any
 * reserved grant go to the next on the waiting list, and it cannot be undone), the second does it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../lib/api-error';
import { useWithdrawApplication } from '../api/applications';

export function WithdrawSection({ applicationId }: { applicationId: string }) {
  const withdraw = useWithdrawApplication(applicationId);
  const [asking, setAsking] = useState(false);
  const { t } = useTranslation();
  if (!asking)
    return (
      <p>
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          {t('applications.withdraw.start')}
        </button>
      </p>
    );
  return (
    <section aria-labelledby="withdraw-title" className="notice notice-warning">
      <h2 id="withdraw-title">{t('applications.withdraw.title')}</h2>
      <p>{t('applications.withdraw.explain')}</p>
      <div className="form-actions">
        <button type="button" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
          {withdraw.isPending ? t('applications.withdraw.working') : t('applications.withdraw.confirm')}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {t('applications.withdraw.keep')}
        </button>
      </div>
      {withdraw.isError && (
        <p className="error" role="alert">
          {withdraw.error instanceof ApiRequestError && withdraw.error.status === 409
            ? t('applications.withdraw.changed')
            : t('applications.withdraw.failed')}
        </p>
      )}
    </section>
  );
}
