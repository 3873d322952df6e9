/** Email + password sign-in; the same form works against the local dev issuer and Cognito. */
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAppContext } from '../../../lib/app-context';

export function SignInPage() {
  const { signIn, config } = useAppContext();
  const navigate = useNavigate();
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
      setError(caught instanceof Error ? caught.message : 'Sign-in failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">Sign in</h1>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {config.auth.kind === 'dev' && (
        <p className="hint">
          Local demo: the sign-ins are printed by <code>npm start</code>.
        </p>
      )}
    </section>
  );
}
