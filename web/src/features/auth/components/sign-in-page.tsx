/**
 * Email + password sign-in; the same form works against the local dev issuer and Cognito. A user an
 * administrator created chooses a new password before the first sign-in completes.
 */

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { type SignInOutcome, useAppContext } from '../../../lib/app-context';
import type { Session } from '../../../lib/session';
import { useAuthStep } from '../hooks/use-auth-step';
import { NewPasswordForm } from './new-password-form';
import { StepFooter } from './step-footer';

/** Each role's own start page. */
function homeOf(session: Session): string {
  if (session.roles.includes('association')) return '/association/calls';
  if (session.roles.includes('sme')) return '/plans';
  if (session.roles.includes('consultant')) return '/reviews';
  return '/calls';
}

export function SignInPage() {
  const { signIn, config } = useAppContext();
  const [, navigate] = useLocation();
  const { t } = useTranslation();
  const { busy, error, run } = useAuthStep({ email: t('auth.email'), password: t('auth.password') });
  const [challenge, setChallenge] = useState<{ email: string; challengeSession: string }>();

  const proceed = (outcome: SignInOutcome, email: string) => {
    if (outcome.kind === 'signed-in') navigate(homeOf(outcome.session));
    else setChallenge({ email, challengeSession: outcome.challengeSession });
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email'));
    await run(async () => proceed(await signIn(email, String(form.get('password'))), email));
  }

  if (challenge) {
    return <NewPasswordForm {...challenge} onDone={(outcome) => proceed(outcome, challenge.email)} />;
  }
  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">{t('auth.title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor="email">{t('auth.email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">{t('auth.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <StepFooter error={error} busy={busy} label={t('auth.submit')} />
      </form>
      <p>
        <Link to="/sign-up">{t('auth.newHere')}</Link>
      </p>
      {config.auth.kind === 'dev' && (
        <p className="hint">
          {t('auth.demoHint')} <code>npm start</code>.
        </p>
      )}
    </section>
  );
}
