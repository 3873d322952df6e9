/**
 * Withdrawing from the receipt, in two steps: the first click says what happens (on a first-come call
 * the place and any reserved grant go to the next on the waiting list; on others the application is no
 * longer assessed; either way it cannot be undone), the second does it. Focus moves to what appeared,
 * and back to the first button when the applicant keeps the application.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../../../../shared/applications/application-schema';
import { ApiRequestError, hasErrorCode } from '../../../lib/api-error';
import { useWithdrawApplication } from '../api/applications';

export function WithdrawSection({
  applicationId,
  status,
}: {
  applicationId: string;
  status: ApplicationStatus;
}) {
  const withdraw = useWithdrawApplication(applicationId);
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const changedStep = useRef(false);
  const { t } = useTranslation();
  useEffect(() => {
    if (!changedStep.current) return;
    (asking ? title.current : start.current)?.focus();
  }, [asking]);
  const step = (next: boolean) => {
    changedStep.current = true;
    setAsking(next);
  };
  if (!asking)
    return (
      <p>
        <button ref={start} type="button" className="secondary" onClick={() => step(true)}>
          {t('applications.withdraw.start')}
        </button>
      </p>
    );
  const firstCome = status === 'reserved' || status === 'waitlisted';
  return (
    <section aria-labelledby="withdraw-title" className="notice notice-warning">
      <h2 id="withdraw-title" ref={title} tabIndex={-1}>
        {t('applications.withdraw.title')}
      </h2>
      <p>{firstCome ? t('applications.withdraw.explain') : t('applications.withdraw.explainAssessed')}</p>
      <div className="form-actions">
        <button type="button" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
          {withdraw.isPending ? t('applications.withdraw.working') : t('applications.withdraw.confirm')}
        </button>
        <button type="button" className="secondary" onClick={() => step(false)}>
          {t('applications.withdraw.keep')}
        </button>
      </div>
      {withdraw.isError && (
        <p className="error" role="alert">
          {hasErrorCode(withdraw.error, 'already_withdrawn')
            ? t('applications.withdraw.already')
            : withdraw.error instanceof ApiRequestError && withdraw.error.status === 409
              ? t('applications.withdraw.changed')
              : t('applications.withdraw.failed')}
        </p>
      )}
    </section>
  );
}
