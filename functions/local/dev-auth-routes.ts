/** Local-only sign-in endpoints; the web app calls these where it would call Cognito on AWS. */
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

export function devAuthRoutes(issuer: DevIssuer, users: readonly DemoUser[]) {
  const app = new Hono()
    .get('/.well-known/jwks.json', (c) => c.json(issuer.jwks))
    .post('/sign-in', validate('json', signInSchema), async (c) => {
      const { email, password } = c.req.valid('json');
      const user = users.find((u) => u.email === email.toLowerCase());
      if (!user || password !== DEMO_PASSWORD) {
        throw new ApiError(401, 'invalid_credentials', 'Email or password is wrong.');
      }
      return c.json({ idToken: await issuer.sign(user) });
    });
  app.onError(errorHandler(consoleErrorLog));
  return app;
}
