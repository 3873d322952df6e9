/**
 * The one local origin, behaving as the deployed site does: the API, the built web app with the SPA
 * fallback only for page paths (API and file misses stay 404), and on every response exactly the
 * security headers CloudFront sends (shared/hosting). Plus the local sign-in doors and config.json.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono/tiny';
import { inlineStyleHashes } from '../../shared/hosting/inline-style-hashes';
import { isPagePath } from '../../shared/hosting/page-path';
import { securityHeaders } from '../../shared/hosting/security-headers';
import { siteCacheControl } from '../../shared/hosting/site-cache-control';
import { createApp } from '../api/app';
import type { AppDeps } from '../api/app-deps';
import { notFound } from '../api/errors';
import { cognitoStubRoutes, STUB_COGNITO } from './cognito-stub-routes';
import { compressedAssets } from './compressed-assets';
import { demoUsers } from './demo-users';
import { createDevAccounts } from './dev-accounts';
import { devAuthRoutes } from './dev-auth-routes';
import type { DevIssuer } from './dev-issuer';
import { localWebConfig, type WebConfig } from './web-config';

export interface LocalAppOptions {
  /** The built web app to serve; omit to serve the API only (npm run dev lets Vite serve the web). */
  webDist?: string;
  /**
   * How the web app signs in: `dev`, the dev issuer's JSON endpoints; `cognito-stub`, Cognito's own
   * protocol as on AWS (config.json names a Cognito region), answered by a stub at /dev-auth/cognito to
   * which browser tests route the region's endpoint.
   */
  auth?: 'dev' | 'cognito-stub';
}

export function createLocalApp(deps: AppDeps, issuer: DevIssuer, options: LocalAppOptions = {}) {
  const accounts = createDevAccounts(issuer, demoUsers);
  const webConfig: WebConfig =
    options.auth === 'cognito-stub' ? { auth: { kind: 'cognito', ...STUB_COGNITO } } : localWebConfig;
  const indexHtml = options.webDist ? readFileSync(join(options.webDist, 'index.html'), 'utf8') : '';
  const headers = securityHeaders({
    styleHashes: inlineStyleHashes(indexHtml),
    cognitoRegion: STUB_COGNITO.region,
  });

  const app = new Hono();
  // Like CloudFront's response headers policy (override: true): set last, on every response.
  app.use(async (c, next) => {
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
  });
  app
    .route('/', createApp(deps))
    .route('/dev-auth', devAuthRoutes(issuer, accounts))
    .route('/dev-auth/cognito', cognitoStubRoutes(accounts))
    .get('/config.json', (c) => {
      c.header('Cache-Control', siteCacheControl(c.req.path));
      return c.json(webConfig);
    })
    // Unknown API paths answer the API's JSON 404, whatever the method, never the web page.
    .all('/api', notFound)
    .all('/api/*', notFound);
  if (options.webDist) {
    const root = relative(process.cwd(), options.webDist) || '.';
    // CloudFront compresses the site in production; locally too, so Lighthouse measures what users get.
    // The site's files carry the Cache-Control the deploy gives them as S3 metadata (shared/hosting).
    app.use('/*', async (c, next) => {
      await next();
      if (c.res.ok) c.res.headers.set('Cache-Control', siteCacheControl(c.req.path));
    });
    app.use('/assets/*', compressedAssets(options.webDist));
    app.use('/*', serveStatic({ root }));
    // Client-side routes (/calls, /sign-in…) load the SPA shell; a missing file stays a 404.
    app.get('*', (c) => (isPagePath(c.req.path) ? c.html(indexHtml) : c.notFound()));
  }
  return app;
}
