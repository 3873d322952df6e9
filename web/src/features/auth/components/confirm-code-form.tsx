/**
 * The emailed code that confirms a new account, then the sign-in with the password just typed. Shown
 * after signing up, and again when a not yet confirmed account signs in (a reloaded page or a closed tab
 * must not leave the account stuck); a new code can be sent, and only the newest one works.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Field } from '../../../components/field';
import { useAppContext } from '../../../lib/app-context';
import { confirmThenSignIn } from '../api/confirm-then-sign-in';
import { confirmSignUp, resendCode } from '../api/sign-up';
import { useAuthStep } from '../hooks/use-auth-step';
import { StepFooter } from './step-footer';

interface Props {
  email: string;
  password: string;
  /** What the person is told first: the code was sent, or the account still waits for its code. */
  intro: string;
}

export function ConfirmCodeForm({ email, password, intro }: Props) {
  const { config, signIn } = useAppContext();
  const [, navigate] = useLocation();
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [resent, setResent] = useState(false);
  const { busy, error, run } = useAuthStep({ email: t('auth.email'), code: t('auth.code') });

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const outcome = await confirmThenSignIn(
        () => confirmSignUp(config, email, code.trim()),
        () => signIn(email, password),
      );
      navigate(outcome.kind === 'signed-in' ? '/company' : '/sign-in');
    });
  };
  const sendAgain = () =>
    void run(async () => {
      await resendCode(config, email);
      setCode('');
      setResent(true);
    });

  return (
    <form onSubmit={confirm} noValidate>
      <p role="status">{resent ? t('auth.codeResent', { email }) : intro}</p>
      <Field id="code" label={t('auth.code')}>
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </Field>
      <StepFooter error={error} busy={busy} label={t('auth.confirm')} />
      <p>
        <button type="button" className="secondary" onClick={sendAgain} disabled={busy}>
          {t('auth.resend')}
        </button>
      </p>
    </form>
  );
}
