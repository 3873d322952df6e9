/** The Hono API, identical on the local server, on Lambda and in tests; only its deps differ. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './app-deps';
import type { AppEnv } from './app-env';
import { ApiError, handleError, notFound } from './errors';
import { applicationRoutes } from './routes/applications';
import { callApplicationRoutes } from './routes/call-applications';
import { callRoutes } from './routes/calls';
import { companyRoutes } from './routes/companies';
import { planRoutes } from './routes/plans';

/** Bodies are small JSON documents; anything larger is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()
    .basePath('/api')
    .use(secureHeaders())
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
    )
    .get('/health', (c) => c.json({ status: 'ok' }, 200))
    .route('/calls', callRoutes(deps))
    .route('/companies', companyRoutes(deps))
    .route('/calls', callApplicationRoutes(deps))
    .route('/plans', planRoutes(deps))
    .route('/applications', applicationRoutes(deps));
  app.onError(handleError);
  app.notFound(notFound);
  return app;
}

export type ApiApp = ReturnType<typeof createApp>;
