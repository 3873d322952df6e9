/**
 * What every deployment of the API shares: the /api prefix, security headers, compressed JSON, the body
 * limit, one error shape.
 */

import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { Hono } from 'hono/tiny';
import type { AppEnv } from './app-env';
import type { ErrorLog } from './error-log';
import { ApiError, errorHandler, notFound } from './errors';
import { requireOrigin } from './middleware/require-origin';

/** Bodies are small JSON documents; anything larger is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface BaseAppOptions {
  /** Deployed: the secret(s) CloudFront sends (ADR 0033), checked before anything else answers. */
  origin?: readonly [string, ...string[]];
}

export function createBaseApp(log: ErrorLog, options: BaseAppOptions = {}) {
  const app = new Hono<AppEnv>().basePath('/api').use(secureHeaders());
  // What did not come through CloudFront gets a 403 and nothing else: no 404, no 413 (ADR 0033).
  if (options.origin) app.use(requireOrigin(options.origin));
  app
    // CloudFront compresses only what a cache policy with gzip/Brotli lets it, and /api/* caches nothing:
    // the API compresses its own JSON. Lists such as the open calls with their rules shrink about
    // fivefold, and a phone on a slow network downloads them alongside the app's code.
    .use(compress({ contentTypeFilter: /^application\/json/ }))
    // hono/tiny's router (ADR 0030) would match `/api/applications/` as `/api/applications`, but the
    // edge's per-address rule and the gateway's route throttles name exact paths: a trailing slash
    // would reach the same handler past them. One spelling per resource, as with the default router.
    .use(async (c, next) => (c.req.path.endsWith('/') ? notFound(c) : next()))
    .use(
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: () => {
          throw new ApiError(
            413,
            'payload_too_large',
            `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`,
          );
        },
      }),
    );
  app.onError(errorHandler(log));
  app.notFound(notFound);
  return app;
}
