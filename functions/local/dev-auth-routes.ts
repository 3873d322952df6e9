/**
 * Local-only sign-in endpoints; the web app calls these where it would call Cognito on AWS, with the
 * same steps: an SME signs itself up and confirms its email with a code (here the code lands in a local
 * mailbox, `GET /mailbox?email=`, and in the server log instead of an email); a user an administrator
 * created must choose a new password at the first sign-in (a NEW_PASSWORD_REQUIRED challenge answered
 * at /challenge). Accounts made or changed here live in memory: a restart brings back the demo users.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import * as z from 'zod';
import { consoleErrorLog } from '../api/error-log';
import { ApiError, errorHandler } from '../api/errors';
import { validate } from '../api/validate';
import { DEMO_PASSWORD, type DemoUser } from './demo-users';
import type { DevIssuer } from './dev-issuer';

const emailSchema = z.email({ error: 'must be an email address' }).transform((email) => email.toLowerCase());

/** The user pool's password policy (infra/lib/user-directory.ts), so local runs refuse what AWS refuses. */
const newPasswordSchema = z
  .string()
  .min(12, { error: 'must have at least 12 characters' })
  .regex(/[a-z]/, { error: 'must contain a lower-case letter' })
  .regex(/[A-Z]/, { error: 'must contain an upper-case letter' })
  .regex(/\d/, { error: 'must contain a digit' })
  .regex(/[^A-Za-z0-9]/, { error: 'must contain a symbol' });

const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { error: 'is required' }),
});
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

const CHALLENGE_TTL_MS = 3 * 60_000;

interface Account {
  user: DemoUser;
  password: string;
  mustChoosePassword: boolean;
  /** Set until the emailed code is confirmed (self sign-up). */
  pendingCode?: string;
}

export function devAuthRoutes(issuer: DevIssuer, users: readonly DemoUser[]) {
  const accounts = new Map<string, Account>(
    users.map((user) => [
      user.email,
      { user, password: DEMO_PASSWORD, mustChoosePassword: user.mustChoosePassword === true },
    ]),
  );
  const openChallenges = new Map<string, { account: Account; expiresAt: number }>();

  const app = new Hono()
    .get('/.well-known/jwks.json', (c) => c.json(issuer.jwks))
    .post('/sign-in', validate('json', signInSchema), async (c) => {
      const { email, password } = c.req.valid('json');
      const account = accounts.get(email);
      if (!account || password !== account.password) {
        throw new ApiError(401, 'invalid_credentials', 'Email or password is wrong.');
      }
      if (account.pendingCode) {
        throw new ApiError(403, 'not_confirmed', 'Confirm your email with the code we sent first.');
      }
      if (account.mustChoosePassword) {
        const session = randomUUID();
        openChallenges.set(session, { account, expiresAt: Date.now() + CHALLENGE_TTL_MS });
        return c.json({ challenge: 'NEW_PASSWORD_REQUIRED' as const, session });
      }
      return c.json({ idToken: await issuer.sign(account.user) });
    })
    .post('/challenge', validate('json', challengeSchema), async (c) => {
      const { session, newPassword } = c.req.valid('json');
      const open = openChallenges.get(session);
      openChallenges.delete(session);
      if (!open || open.expiresAt < Date.now()) {
        throw new ApiError(401, 'invalid_credentials', 'The sign-in has expired: sign in again.');
      }
      open.account.password = newPassword;
      open.account.mustChoosePassword = false;
      return c.json({ idToken: await issuer.sign(open.account.user) });
    })
    .post('/sign-up', validate('json', signUpSchema), (c) => {
      const { email, password } = c.req.valid('json');
      if (accounts.has(email)) throw new ApiError(409, 'conflict', 'This email already has an account.');
      const sub = randomUUID();
      // Like a self sign-up on Cognito: an SME with no organisation claim (the API uses `user-<sub>`).
      const user: DemoUser = { sub, email, name: email, role: 'sme', orgId: '', orgName: '' };
      const pendingCode = String(randomInt(0, 1_000_000)).padStart(6, '0');
      accounts.set(email, { user, password, mustChoosePassword: false, pendingCode });
      console.log(`Dev mailbox: the confirmation code for ${email} is ${pendingCode}`);
      return c.json({ codeSentTo: email }, 201);
    })
    .post('/confirm', validate('json', confirmSchema), (c) => {
      const { email, code } = c.req.valid('json');
      const account = accounts.get(email);
      if (!account?.pendingCode || account.pendingCode !== code) {
        throw new ApiError(400, 'invalid_code', 'The code is not the one we sent to this email.');
      }
      account.pendingCode = undefined;
      return c.json({ confirmed: true });
    })
    .get('/mailbox', validate('query', z.strictObject({ email: emailSchema })), (c) => {
      const account = accounts.get(c.req.valid('query').email);
      if (!account?.pendingCode) throw new ApiError(404, 'not_found', 'No code is waiting for this email.');
      return c.json({ code: account.pendingCode });
    });
  app.onError(errorHandler(consoleErrorLog));
  return app;
}
