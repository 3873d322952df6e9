/** The end of every sign-up/sign-in form: the announced error, and the submit button while busy. */
import { useTranslation } from 'react-i18next';

export function StepFooter({ error, busy, label }: { error?: string; busy: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('auth.busy') : label}
      </button>
    </>
  );
}
