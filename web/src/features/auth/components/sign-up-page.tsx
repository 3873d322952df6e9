/**
 * An SME creates its account: email and password (the pool's policy applies), then the code sent to
 * that email (confirm-code-form.tsx); once confirmed it is signed in and starts with its company profile.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Field } from '../../../components/field';
import { useAppContext } from '../../../lib/app-context';
import { signUp } from '../api/sign-up';
import { useAuthStep } from '../hooks/use-auth-step';
import { ConfirmCodeForm } from './confirm-code-form';
import { StepFooter } from './step-footer';

export function SignUpPage() {
  const { config } = useAppContext();
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [codeSent, setCodeSent] = useState(false);
  const { busy, error, run, passwordAccepted } = useAuthStep({
    email: t('auth.email'),
    password: t('auth.password'),
  });

  const register = (event: FormEvent) => {
    event.preventDefault();
    if (!passwordAccepted(password, t('auth.password'))) return;
    void run(async () => {
      await signUp(config, email, password);
      setCodeSent(true);
    });
  };

  return (
    <section aria-labelledby="sign-up-title" className="narrow">
      <h1 id="sign-up-title">{t('auth.signUpTitle')}</h1>
      {codeSent ? (
        <ConfirmCodeForm email={email} password={password} intro={t('auth.codeSent', { email })} />
      ) : (
        <form onSubmit={register} noValidate>
          <p>{t('auth.signUpIntro')}</p>
          <Field id="sign-up-email" label={t('auth.email')}>
            {(aria) => (
              <input
                {...aria}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <Field id="sign-up-password" label={t('auth.password')} hint={t('auth.newPasswordRules')}>
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
          <StepFooter error={error} busy={busy} label={t('auth.signUp')} />
          <p>
            <Link to="/sign-in">{t('auth.haveAccount')}</Link>
          </p>
        </form>
      )}
    </section>
  );
}
