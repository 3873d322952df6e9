/** Email + password sign-in; the same form works against the local dev issuer and Cognito. */

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useAppContext } from '../../../lib/app-context';

export function SignInPage() {
  const { signIn, config } = useAppContext();
  const [, navigate] = useLocation();
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      const session = await signIn(String(form.get('email')), String(form.get('password')));
      navigate(
        session.roles.includes('association')
          ? '/association/calls'
          : session.roles.includes('sme')
            ? '/plans'
            : session.roles.includes('consultant')
              ? '/reviews'
              : '/calls',
      );
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('auth.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">{t('auth.title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor="email">{t('auth.email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">{t('auth.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('auth.busy') : t('auth.submit')}
        </button>
      </form>
      {config.auth.kind === 'dev' && (
        <p className="hint">
          {t('auth.demoHint')} <code>npm start</code>.
        </p>
      )}
    </section>
  );
}
