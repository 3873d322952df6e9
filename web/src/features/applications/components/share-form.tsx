/**
 * Asks a consultancy to review the application; it sees the report line by line and signs its verdict.
 * The SME picks the consultancy from GrantFit's directory by name, place and languages: nobody types
 * or reads an organisation id.
 */

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../lib/api-error';
import { failureWords } from '../../../lib/failure-words';
import { languageList } from '../../../lib/language-names';
import { useConsultancies, useShareApplication } from '../api/applications';

export function ShareForm({ applicationId }: { applicationId: string }) {
  const share = useShareApplication(applicationId);
  const directory = useConsultancies();
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string>();
  const [unpicked, setUnpicked] = useState(false);
  const consultancies = directory.data?.pages.flatMap((page) => page.items) ?? [];
  const error = share.error instanceof ApiRequestError ? share.error : undefined;
  // The one field the API can refuse: a consultancy no longer listed since the list was read.
  const unlisted = error?.fieldMessage('consultantOrgId') !== undefined;
  const fieldError = unpicked
    ? t('applications.sharePick')
    : unlisted
      ? t('applications.unknownConsultancy')
      : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setUnpicked(picked === undefined);
    if (picked === undefined) return;
    share.mutate(picked, {
      // The directory changed under the SME: show it as it is now.
      onError: () => directory.refetch(),
    });
  };

  if (share.isSuccess) {
    const name =
      share.data.consultancyName ??
      consultancies.find((c) => c.id === share.data.consultantOrgId)?.name ??
      '';
    return <p role="status">{t('applications.shared', { consultant: name })}</p>;
  }
  const describedBy = ['share-hint', fieldError && 'share-error'].filter(Boolean).join(' ');
  return (
    <form onSubmit={submit} aria-labelledby="share-title" noValidate>
      <h2 id="share-title">{t('applications.shareTitle')}</h2>
      <fieldset aria-describedby={describedBy}>
        <legend>{t('applications.shareChoose')}</legend>
        <p id="share-hint" className="hint">
          {t('applications.shareHint')}
        </p>
        {directory.isPending && <p role="status">{t('common.loading')}</p>}
        {directory.isError && (
          <p role="alert">
            {t('applications.consultanciesFailed', { message: failureWords(directory.error) })}
          </p>
        )}
        {directory.isSuccess && consultancies.length === 0 && <p>{t('applications.shareNone')}</p>}
        {consultancies.map((consultancy) => (
          <div key={consultancy.id} className="pick">
            <label className="choice">
              <input
                type="radio"
                name="consultancy"
                value={consultancy.id}
                checked={picked === consultancy.id}
                onChange={() => {
                  setPicked(consultancy.id);
                  setUnpicked(false);
                }}
                aria-describedby={consultancy.description ? `consultancy-${consultancy.id}` : undefined}
              />
              <span>
                <strong>{consultancy.name}</strong>
                {' — '}
                {t('applications.consultancyPlace', {
                  place: consultancy.place,
                  languages: languageList(consultancy.languages),
                })}
              </span>
            </label>
            {consultancy.description && (
              <p id={`consultancy-${consultancy.id}`} className="hint">
                {consultancy.description}
              </p>
            )}
          </div>
        ))}
        {directory.hasNextPage && (
          <button
            type="button"
            onClick={() => directory.fetchNextPage()}
            disabled={directory.isFetchingNextPage}
          >
            {t('applications.shareMore')}
          </button>
        )}
        {fieldError && (
          <p id="share-error" className="error">
            {fieldError}
          </p>
        )}
      </fieldset>
      <button type="submit" disabled={share.isPending}>
        {t('applications.share')}
      </button>
      {share.isError && !unlisted && (
        <p role="alert">
          {error?.body.code === 'already_shared'
            ? t('applications.alreadyShared')
            : error?.body.code === 'profile_missing'
              ? t('applications.shareNeedsProfile')
              : error?.status === 429
                ? t('applications.tooManyShares')
                : t('applications.notShared', { message: failureWords(share.error) })}
        </p>
      )}
    </form>
  );
}
