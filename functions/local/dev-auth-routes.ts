/**
 * Local-only sign-in endpoints; the web app calls these where it would call Cognito on AWS. Like
 * Cognito, a user created by an administrator must choose a new password at the first sign-in: the
 * sign-in answers with a NEW_PASSWORD_REQUIRED challenge and a session, answered at /challenge.
 * Chosen passwords live in memory (a restart brings back the demo password).
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import * as z from 'zod';
import { consoleErrorLog } from '../api/error-log';
import { ApiError, errorHandler } from '../api/errors';
import { validate } from '../api/validate';
import { DEMO_PASSWORD, type DemoUser } from './demo-users';
import type { DevIssuer } from './dev-issuer';

const signInSchema = z.strictObject({
  email: z.email({ error: 'must be an email address' }),
  password: z.string().min(1, { error: 'is required' }),
});

/** The user pool's password policy (infra/lib/user-directory.ts), so local runs refuse what AWS refuses. */
const newPasswordSchema = z
  .string()
  .min(12, { error: 'must have at least 12 characters' })
  .regex(/[a-z]/, { error: 'must contain a lower-case letter' })
  .regex(/[A-Z]/, { error: 'must contain an upper-case letter' })
  .regex(/\d/, { error: 'must contain a digit' })
  .regex(/[^A-Za-z0-9]/, { error: 'must contain a symbol' });

const challengeSchema = z.strictObject({
  challenge: z.literal('NEW_PASSWORD_REQUIRED'),
  session: z.string().min(1).max(100),
  newPassword: newPasswordSchema,
});

const CHALLENGE_TTL_MS = 3 * 60_000;

export function devAuthRoutes(issuer: DevIssuer, users: readonly DemoUser[]) {
  const chosenPasswords = new Map<string, string>();
  const openChallenges = new Map<string, { user: DemoUser; expiresAt: number }>();

  const app = new Hono()
    .get('/.well-known/jwks.json', (c) => c.json(issuer.jwks))
    .post('/sign-in', validate('json', signInSchema), async (c) => {
      const { email, password } = c.req.valid('json');
      const user = users.find((u) => u.email === email.toLowerCase());
      if (!user || password !== (chosenPasswords.get(user.email) ?? DEMO_PASSWORD)) {
        throw new ApiError(401, 'invalid_credentials', 'Email or password is wrong.');
      }
      if (user.mustChoosePassword && !chosenPasswords.has(user.email)) {
        const session = randomUUID();
        openChallenges.set(session, { user, expiresAt: Date.now() + CHALLENGE_TTL_MS });
        return c.json({ challenge: 'NEW_PASSWORD_REQUIRED' as const, session });
      }
      return c.json({ idToken: await issuer.sign(user) });
    })
    .post('/challenge', validate('json', challengeSchema), async (c) => {
      const { session, newPassword } = c.req.valid('json');
      const open = openChallenges.get(session);
      openChallenges.delete(session);
      if (!open || open.expiresAt < Date.now()) {
        throw new ApiError(401, 'invalid_credentials', 'The sign-in has expired: sign in again.');
      }
      chosenPasswords.set(open.user.email, newPassword);
      return c.json({ idToken: await issuer.sign(open.user) });
    });
  app.onError(errorHandler(consoleErrorLog));
  return app;
}
