/** The Hono API, identical on the local server, on Lambda and in tests; only its deps differ. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './app-deps';
import type { AppEnv } from './app-env';
import { ApiError, handleError, notFound } from './errors';
import { buildOpenApi } from './openapi/build-openapi';
import { docsPage } from './openapi/docs-page';
import type { RouteDoc } from './openapi/route-doc';
import { applicationRouteDocs, applicationRoutes } from './routes/applications';
import { callApplicationRouteDocs, callApplicationRoutes } from './routes/call-applications';
import { callRouteDocs, callRoutes } from './routes/calls';
import { companyRouteDocs, companyRoutes } from './routes/companies';
import { planRouteDocs, planRoutes } from './routes/plans';
import { reviewRouteDocs, reviewRoutes, shareRoute } from './routes/reviews';

/** Bodies are small JSON documents; anything larger is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Every route's description, in the order the API mounts them; a test keeps it equal to the app's routes. */
export const routeDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Liveness',
    tag: 'system',
    access: 'public',
    responses: { 200: 'OK' },
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    tag: 'system',
    access: 'public',
    responses: { 200: 'OpenAPI 3.1' },
  },
  {
    method: 'get',
    path: '/docs',
    summary: 'Interactive API reference',
    tag: 'system',
    access: 'public',
    responses: { 200: 'HTML' },
  },
  ...callRouteDocs,
  ...callApplicationRouteDocs,
  ...companyRouteDocs,
  ...planRouteDocs,
  ...applicationRouteDocs,
  ...reviewRouteDocs,
];

let openApiDocument: ReturnType<typeof buildOpenApi> | undefined;

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
    // Built on first request, not at cold start.
    .get('/openapi.json', (c) => {
      openApiDocument ??= buildOpenApi(routeDocs);
      return c.json(openApiDocument, 200);
    })
    .get('/docs', (c) => c.html(docsPage))
    .route('/calls', callRoutes(deps))
    .route('/companies', companyRoutes(deps))
    .route('/calls', callApplicationRoutes(deps))
    .route('/plans', planRoutes(deps))
    .route('/applications', applicationRoutes(deps))
    .route('/applications', shareRoute(deps))
    .route('/reviews', reviewRoutes(deps));
  app.onError(handleError);
  app.notFound(notFound);
  return app;
}

export type ApiApp = ReturnType<typeof createApp>;
