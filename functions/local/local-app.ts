/** The one local origin: the API, the dev sign-in, config.json and the built web app with SPA fallback. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from '../api/app';
import type { AppDeps } from '../api/app-deps';
import { demoUsers } from './demo-users';
import { devAuthRoutes } from './dev-auth-routes';
import type { DevIssuer } from './dev-issuer';
import { localWebConfig } from './web-config';

export function createLocalApp(deps: AppDeps, issuer: DevIssuer, webDist?: string) {
  const app = new Hono()
    .route('/', createApp(deps))
    .route('/dev-auth', devAuthRoutes(issuer, demoUsers))
    .get('/config.json', (c) => c.json(localWebConfig));
  if (webDist) {
    const root = relative(process.cwd(), webDist) || '.';
    // CloudFront compresses the site in production; locally too, so Lighthouse measures what users get.
    app.use('/assets/*', compress());
    const indexHtml = readFileSync(join(webDist, 'index.html'), 'utf8');
    app.use('/*', serveStatic({ root }));
    // Client-side routes (/calls, /sign-in…) all load the SPA shell.
    app.get('*', (c) => c.html(indexHtml));
  }
  return app;
}
