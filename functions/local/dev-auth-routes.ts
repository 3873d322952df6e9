/**
 * Local-only sign-in endpoints in plain JSON; the web app calls these where it would call Cognito on
 * AWS, with the same steps (see dev-accounts.ts). `GET /mailbox?email=` shows a sign-up's code.
 */
import { Hono } from 'hono/tiny';
import * as z from 'zod';
import { consoleErrorLog } from '../api/error-log';
import { ApiError, errorHandler } from '../api/errors';
import { validate } from '../api/validate';
import { AccountError, type DevAccounts, newPasswordSchema } from './dev-accounts';
import type { DevIssuer } from './dev-issuer';

const emailSchema = z.email({ error: 'must be an email address' }).transform((email) => email.toLowerCase());

const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { error: 'is required' }),
});
const refreshSchema = z.strictObject({ refreshToken: z.string().min(1).max(200) });
const signUpSchema = z.strictObject({ email: emailSchema, password: newPasswordSchema });
const confirmSchema = z.strictObject({
  email: emailSchema,
  code: z.string().regex(/^\d{6}$/, { error: 'must be 6 digits' }),
});
const challengeSchema = z.strictObject({
  challenge: z.literal('NEW_PASSWORD_REQUIRED'),
  session: z.string().min(1).max(100),
  newPassword: newPasswordSchema,
});

const statusOf = {
  NotAuthorizedException: [401, 'invalid_credentials'],
  SessionExpired: [401, 'sign_in_expired'],
  AlreadyConfirmed: [409, 'already_confirmed'],
  UserNotConfirmedException: [403, 'not_confirmed'],
  UsernameExistsException: [409, 'account_exists'],
  CodeMismatchException: [400, 'invalid_code'],
  InvalidPasswordException: [400, 'invalid_password'],
} as const;

/** Runs an account step, answering its refusal in the API's error shape. */
async function step<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    const [status, code] = statusOf[error.kind];
    throw new ApiError(status, code, error.message);
  }
}

export function devAuthRoutes(issuer: DevIssuer, accounts: DevAccounts) {
  const app = new Hono()
    .get('/.well-known/jwks.json', (c) => c.json(issuer.jwks))
    .post('/sign-in', validate('json', signInSchema), async (c) => {
      const { email, password } = c.req.valid('json');
      return c.json(await step(() => accounts.signIn(email, password)));
    })
    // Renews the ID token of an earlier sign-in, as Cognito's REFRESH_TOKEN_AUTH does.
    .post('/refresh', validate('json', refreshSchema), async (c) => {
      const { refreshToken } = c.req.valid('json');
      return c.json(await step(() => accounts.refresh(refreshToken)));
    })
    .post('/challenge', validate('json', challengeSchema), async (c) => {
      const { session, newPassword } = c.req.valid('json');
      return c.json(await step(() => accounts.answerNewPassword(session, newPassword)));
    })
    .post('/sign-up', validate('json', signUpSchema), async (c) => {
      const { email, password } = c.req.valid('json');
      await step(() => accounts.signUp(email, password));
      return c.json({ codeSentTo: email }, 201);
    })
    .post('/confirm', validate('json', confirmSchema), async (c) => {
      const { email, code } = c.req.valid('json');
      await step(() => accounts.confirm(email, code));
      return c.json({ confirmed: true });
    })
    .post('/resend', validate('json', z.strictObject({ email: emailSchema })), async (c) => {
      const { email } = c.req.valid('json');
      await step(() => accounts.resendCode(email));
      return c.json({ codeSentTo: email });
    })
    .get('/mailbox', validate('query', z.strictObject({ email: emailSchema })), (c) => {
      const code = accounts.pendingCode(c.req.valid('query').email);
      if (!code) throw new ApiError(404, 'not_found', 'No code is waiting for this email.');
      return c.json({ code });
    });
  app.onError(errorHandler(consoleErrorLog));
  return app;
}
