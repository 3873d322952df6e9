/**
 * Refuses requests that did not come through CloudFront: only CloudFront knows the secret it sends in
 * ORIGIN_VERIFY_HEADER (ADR 0033). Deployed functions only; the local server has no edge in front.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { ORIGIN_VERIFY_HEADER } from '../../../shared/hosting/origin-verify';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';

// Compared as digests: equal lengths for timingSafeEqual, and no timing hint of the secret's length.
const digest = (value: string) => createHash('sha256').update(value).digest();

export function requireOrigin(secret: string) {
  const expected = digest(secret);
  return createMiddleware<AppEnv>(async (c, next) => {
    const sent = c.req.header(ORIGIN_VERIFY_HEADER);
    if (sent === undefined || !timingSafeEqual(digest(sent), expected)) {
      throw new ApiError(403, 'forbidden', 'Use GrantFit through its web address; this address is not open.');
    }
    await next();
  });
}
