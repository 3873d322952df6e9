/**
 * Refuses requests that did not come through CloudFront: only CloudFront knows the secret it sends in
 * ORIGIN_VERIFY_HEADER (ADR 0033). Deployed functions only; the local server has no edge in front.
 * More than one value is accepted only while the secret changes, so no request is refused meanwhile.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { ORIGIN_VERIFY_HEADER } from '../../../shared/hosting/origin-verify';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';

// Compared as digests: equal lengths for timingSafeEqual, and no timing hint of the secret's length.
const digest = (value: string) => createHash('sha256').update(value).digest();

export function requireOrigin(accepted: readonly [string, ...string[]]) {
  const expected = accepted.map(digest);
  return createMiddleware<AppEnv>(async (c, next) => {
    const sent = c.req.header(ORIGIN_VERIFY_HEADER);
    const sentDigest = digest(sent ?? '');
    // Every value compared, so the time taken does not tell which one came close.
    const matches = expected.filter((value) => timingSafeEqual(sentDigest, value)).length;
    if (sent === undefined || matches === 0) {
      throw new ApiError(
        403,
        'forbidden',
        'This address only answers the GrantFit website: open the site instead.',
      );
    }
    await next();
  });
}
