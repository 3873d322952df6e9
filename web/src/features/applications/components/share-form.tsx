/** Asks a consultancy to review the application; it sees the report line by line and signs its verdict. */

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { ApiRequestError } from '../../../lib/api-error';
import { useShareApplication } from '../api/applications';

export function ShareForm({ applicationId }: { applicationId: string }) {
  const share = useShareApplication(applicationId);
  const { t } = useTranslation();
  const [consultant, setConsultant] = useState('');
  const error = share.error instanceof ApiRequestError ? share.error : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    share.mutate(consultant.trim());
  };
  if (share.isSuccess)
    return <p role="status">{t('applications.shared', { consultant: consultant.trim() })}</p>;
  return (
    <form onSubmit={submit} aria-labelledby="share-title">
      <h2 id="share-title">{t('applications.shareTitle')}</h2>
      <Field
        id="consultant-id"
        label={t('applications.shareLabel')}
        hint={t('applications.shareHint')}
        error={error?.fieldMessage('consultantOrgId')}
      >
        {(aria) => <input {...aria} value={consultant} onChange={(e) => setConsultant(e.target.value)} />}
      </Field>
      <button type="submit" disabled={share.isPending}>
        {t('applications.share')}
      </button>
      {error && !error.body.fields && (
        <p role="alert">
          {error.body.code === 'already_shared'
            ? t('applications.alreadyShared')
            : error.status === 429
              ? t('applications.tooManyShares')
              : error.message}
        </p>
      )}
    </form>
  );
}
