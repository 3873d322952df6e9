/**
 * Refuses an organisation's request past its rate limit for the action (429 with Retry-After), so one
 * organisation cannot flood a consultancy's queue or a call. Goes after `authenticate` (it counts per
 * signed-in organisation); `requestKey` names the request so a retry of it is not counted twice.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { RateLimitedAction } from '../../rate-limits/rate-limiter';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { errorBody } from '../errors';

const WHAT: Record<RateLimitedAction, string> = {
  share: 'Your organisation has shared many applications in a short time',
  submit: 'Your organisation has submitted many applications in a short time',
};

export function rateLimit(
  deps: Pick<AppDeps, 'rateLimiter' | 'newId'>,
  action: RateLimitedAction,
  requestKey: (c: Context<AppEnv>) => string | undefined = () => undefined,
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const decision = await deps.rateLimiter.hit(c.get('user').orgId, action, requestKey(c) ?? deps.newId());
    if (!decision.allowed) {
      const wait = decision.retryAfterSeconds;
      return c.json(errorBody('rate_limited', `${WHAT[action]}. Please try again in ${wait} seconds.`), 429, {
        'Retry-After': String(wait),
      });
    }
    await next();
  });
}

/** Submissions are named by their Idempotency-Key: retries of one submission count once. */
export const byIdempotencyKey = (c: Context<AppEnv>) => c.req.header('idempotency-key');
