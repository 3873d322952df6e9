/** Requires a valid bearer token and, optionally, one of the given roles (401 without, 403 with the wrong one). */
import { createMiddleware } from 'hono/factory';
import type { Role } from '../../../shared/auth/roles';
import { InvalidTokenError, type TokenVerifier } from '../../auth/token-verifier';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';

export function authenticate(verify: TokenVerifier, ...allowed: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match?.[1]) throw new ApiError(401, 'unauthenticated', 'Sign in first: a bearer token is required.');
    const user = await verify(match[1]).catch((error: unknown) => {
      if (error instanceof InvalidTokenError) {
        throw new ApiError(401, 'unauthenticated', 'Your sign-in is not valid or has expired.');
      }
      throw error;
    });
    if (allowed.length > 0 && !user.roles.some((role) => allowed.includes(role))) {
      throw new ApiError(403, 'forbidden', `This needs the ${allowed.join(' or ')} role.`);
    }
    c.set('user', user);
    await next();
  });
}
