import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../../lib/api-error';
import { NoAnswerError } from '../../../lib/no-answer';
import { confirmThenSignIn } from './confirm-then-sign-in';

const refusal = (status: number, code: string) => new ApiRequestError(status, { code, message: code });
const fails = (error: unknown) => () => Promise.reject(error);
const signedIn = () => Promise.resolve('signed-in');

describe('confirming a new account, then signing in', () => {
  it('signs in once the code is confirmed, and when it was confirmed already', async () => {
    await expect(confirmThenSignIn(() => Promise.resolve(), signedIn)).resolves.toBe('signed-in');
    await expect(confirmThenSignIn(fails(refusal(409, 'already_confirmed')), signedIn)).resolves.toBe(
      'signed-in',
    );
  });

  it('says a wrong code as it is, and never signs in then', async () => {
    let tried = false;
    const signIn = () => {
      tried = true;
      return signedIn();
    };
    const wrong = refusal(400, 'invalid_code');
    await expect(confirmThenSignIn(fails(wrong), signIn)).rejects.toBe(wrong);
    expect(tried).toBe(false);
  });

  it('says "confirmed already, sign in" when the password typed here no longer signs in', async () => {
    const confirmed = refusal(409, 'already_confirmed');
    await expect(
      confirmThenSignIn(fails(confirmed), fails(refusal(401, 'invalid_credentials'))),
    ).rejects.toBe(confirmed);
  });

  it('says any other failure of the sign-in as it is', async () => {
    const offline = new NoAnswerError('No answer');
    const busy = refusal(429, 'too_many_attempts');
    await expect(confirmThenSignIn(fails(refusal(409, 'already_confirmed')), fails(offline))).rejects.toBe(
      offline,
    );
    await expect(confirmThenSignIn(fails(refusal(409, 'already_confirmed')), fails(busy))).rejects.toBe(busy);
    // A new account whose sign-in is refused is said as that refusal.
    const refused = refusal(401, 'invalid_credentials');
    await expect(confirmThenSignIn(() => Promise.resolve(), fails(refused))).rejects.toBe(refused);
  });
});
