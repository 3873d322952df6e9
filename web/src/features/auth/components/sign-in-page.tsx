/**
 * Email + password sign-in; the same form works against the local dev issuer and Cognito. A user an
 * administrator created chooses a new password before the first sign-in completes; an SME whose account
 * was never confirmed is asked for its emailed code (or a new one) and then signed in.
 */

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { hasErrorCode } from '../../../lib/api-error';
import { type SignInOutcome, useAppContext } from '../../../lib/app-context';
import type { Session } from '../../../lib/session';
import { useAuthStep } from '../hooks/use-auth-step';
import { ConfirmCodeForm } from './confirm-code-form';
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
  const [unconfirmed, setUnconfirmed] = useState<{ email: string; password: string }>();

  const proceed = (outcome: SignInOutcome, email: string) => {
    if (outcome.kind === 'signed-in') navigate(homeOf(outcome.session));
    else setChallenge({ email, challengeSession: outcome.challengeSession });
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email'));
    const password = String(form.get('password'));
    await run(async () => {
      try {
        proceed(await signIn(email, password), email);
      } catch (error) {
        // The password was right (the issuer says so only then): ask for the code instead of refusing.
        if (hasErrorCode(error, 'not_confirmed')) setUnconfirmed({ email, password });
        else throw error;
      }
    });
  }

  if (challenge) {
    return <NewPasswordForm {...challenge} onDone={(outcome) => proceed(outcome, challenge.email)} />;
  }
  if (unconfirmed) {
    return (
      <section aria-labelledby="confirm-title" className="narrow">
        <h1 id="confirm-title">{t('auth.confirmTitle')}</h1>
        <ConfirmCodeForm {...unconfirmed} intro={t('auth.notConfirmedIntro', { email: unconfirmed.email })} />
      </section>
    );
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
