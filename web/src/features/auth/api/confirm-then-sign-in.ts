/**
 * The last step of a sign-up: confirm the emailed code, then sign in with the password typed a moment
 * before. An account confirmed already (a second click, or the same code typed in another tab) is ready
 * too, so it is signed in. If that password no longer signs in (changed meanwhile, say), the person is
 * told the account is confirmed and to sign in, not that a password is wrong; any other failure (no
 * connection, too many attempts) is said as it is.
 */
import { hasErrorCode } from '../../../lib/api-error';

export async function confirmThenSignIn<T>(
  confirm: () => Promise<void>,
  signIn: () => Promise<T>,
): Promise<T> {
  const alreadyConfirmed = await confirm().then(
    () => undefined,
    (error: unknown) => {
      if (hasErrorCode(error, 'already_confirmed')) return error;
      throw error;
    },
  );
  return signIn().catch((error: unknown) => {
    throw alreadyConfirmed && hasErrorCode(error, 'invalid_credentials') ? alreadyConfirmed : error;
  });
}
