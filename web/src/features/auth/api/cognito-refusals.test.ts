/**
 * Each Cognito step's refusal, as the web app reads it (the code the pages word): the same
 * NotAuthorizedException means a wrong password, a disabled account, an account confirmed already or a
 * pool closed to sign-ups, by step and message.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebConfig } from '../../../config/web-config';
import { ApiRequestError } from '../../../lib/api-error';
import { signIn } from '../../../lib/sign-in';
import { confirmSignUp, signUp } from './sign-up';

const cognito: WebConfig = { auth: { kind: 'cognito', region: 'eu-south-1', userPoolClientId: 'client' } };
const EMAIL = 'new@bakery.example';
const confirm = () => confirmSignUp(cognito, EMAIL, '123456');

/** The code a step's failure carries, or what else happened. */
const codeOf = (step: Promise<unknown>) =>
  step.then(
    () => 'no refusal',
    (error: unknown) => (error instanceof ApiRequestError ? error.body.code : 'another failure'),
  );

describe("Cognito's refusals, read by step and message", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    [
      'confirming an account confirmed already',
      confirm,
      'NotAuthorizedException',
      'User cannot be confirmed. Current status is CONFIRMED',
      'already_confirmed',
    ],
    [
      'confirming a disabled account',
      confirm,
      'NotAuthorizedException',
      'User is disabled.',
      'account_disabled',
    ],
    [
      'confirming an account in another state',
      confirm,
      'NotAuthorizedException',
      'User cannot be confirmed. Current status is FORCE_CHANGE_PASSWORD',
      'sign_up_unavailable',
    ],
    [
      'confirming with a wrong code',
      confirm,
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
      'invalid_code',
    ],
    [
      'signing up to a pool closed to the public',
      () => signUp(cognito, EMAIL, 'Correct-horse-9!'),
      'NotAuthorizedException',
      'SignUp is not permitted for this user pool',
      'sign_up_unavailable',
    ],
    [
      'signing in with a wrong password',
      () => signIn(cognito, EMAIL, 'wrong'),
      'NotAuthorizedException',
      'Incorrect username or password.',
      'invalid_credentials',
    ],
    [
      'signing in to a disabled account',
      () => signIn(cognito, EMAIL, 'Correct-horse-9!'),
      'NotAuthorizedException',
      'User is disabled.',
      'account_disabled',
    ],
  ])('%s', async (_, step, type, message, code) => {
    vi.stubGlobal(
      'fetch',
      async () => new Response(JSON.stringify({ __type: type, message }), { status: 400 }),
    );
    expect(await codeOf(step())).toBe(code);
  });
});
