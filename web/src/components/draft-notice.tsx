/** Tells the person that edits they had not saved were put back in the form, and lets them drop them. */
import { useTranslation } from 'react-i18next';
import type { FormDraft } from '../lib/use-form-draft';

export function DraftNotice({ draft }: { draft: FormDraft }) {
  const { t } = useTranslation();
  if (!draft.restored) return null;
  return (
    <p role="status">
      {t('common.draftRestored')}{' '}
      <button type="button" onClick={draft.discard}>
        {t('common.discardDraft')}
      </button>
    </p>
  );
}
