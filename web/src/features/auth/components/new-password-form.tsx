/** The first sign-in of a user an administrator created: choose a new password (the pool's policy applies). */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { type SignInOutcome, useAppContext } from '../../../lib/app-context';
import { useAuthStep } from '../hooks/use-auth-step';
import { StepFooter } from './step-footer';

interface Props {
  email: string;
  challengeSession: string;
  onDone: (outcome: SignInOutcome) => void;
}

export function NewPasswordForm({ email, challengeSession, onDone }: Props) {
  const { chooseNewPassword } = useAppContext();
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { busy, error, run, passwordAccepted } = useAuthStep({ newPassword: t('auth.newPassword') });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password !== repeat || !passwordAccepted(password, t('auth.newPassword'))) return;
    void run(async () => onDone(await chooseNewPassword(email, challengeSession, password)));
  }

  return (
    <section aria-labelledby="new-password-title" className="narrow">
      <h1 id="new-password-title">{t('auth.newPasswordTitle')}</h1>
      <p>{t('auth.newPasswordIntro', { email })}</p>
      <form onSubmit={onSubmit} noValidate>
        <Field id="new-password" label={t('auth.newPassword')} hint={t('auth.newPasswordRules')}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="repeat-password"
          label={t('auth.repeatPassword')}
          error={mismatch ? t('auth.passwordsDiffer') : undefined}
        >
          {(aria) => (
            <input
              {...aria}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          )}
        </Field>
        <StepFooter error={error} busy={busy} label={t('auth.setPassword')} />
      </form>
    </section>
  );
}
