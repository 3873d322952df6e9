import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { AppDeps } from '../app-deps';
import { routeDocs } from '../route-docs';
import { openApiPath } from './build-openapi';

// Listing routes and serving the document touch no dependency.
const app = createApp({} as AppDeps);

describe('OpenAPI document', () => {
  it('documents exactly the routes the API serves', () => {
    const served = app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path.replace(/^\/api/, ''))}`)
      .sort();
    const documented = routeDocs.map((d) => `${d.method} ${openApiPath(d.path)}`).sort();
    expect(documented).toEqual([...new Set(served)]);
  });

  it('is served as OpenAPI 3.1 with every path parameter described, and the docs page loads it', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const [path, operations] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const operation of Object.values(operations)) {
        expect(
          operation.parameters
            .filter((p) => p.in === 'path')
            .map((p) => p.name)
            .sort(),
          path,
        ).toEqual(names.sort());
      }
    }
    expect(doc.paths['/api/applications']?.post?.parameters.map((p) => p.name)).toContain('idempotency-key');
    const page = await (await app.request('/api/docs')).text();
    // The site's CSP allows no inline script or style: the page loads both as files of the API.
    expect(page).not.toMatch(/<script>|<script type="module">|<style>|style="/);
    const script = await app.request('/api/docs.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain("fetch('/api/openapi.json')");
    expect((await app.request('/api/docs.css')).headers.get('content-type')).toContain('text/css');
  });
});
