/** Liveness and the API's own description; public, and touching no dependency. */
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../app-env';
import { buildOpenApi } from '../openapi/build-openapi';
import { docsPage, docsScript, docsStyle } from '../openapi/docs-page';
import { routeDocs } from '../route-docs';

let openApiDocument: ReturnType<typeof buildOpenApi> | undefined;

export function systemArea() {
  return (
    new Hono<AppEnv>()
      .get('/health', (c) => c.json({ status: 'ok' }, 200))
      // Built on first request, not at cold start.
      .get('/openapi.json', (c) => {
        openApiDocument ??= buildOpenApi(routeDocs);
        return c.json(openApiDocument, 200);
      })
      .get('/docs', (c) => c.html(docsPage))
      .get('/docs.js', (c) => c.body(docsScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
      .get('/docs.css', (c) => c.body(docsStyle, 200, { 'Content-Type': 'text/css; charset=utf-8' }))
  );
}
