import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineStyleHashes } from '../../shared/hosting/inline-style-hashes';
import { securityHeaders } from '../../shared/hosting/security-headers';
import { HASHED_ASSET_CACHE_CONTROL, SITE_FILE_CACHE_CONTROL } from '../../shared/hosting/site-cache-control';
import type { AppDeps } from '../api/app-deps';
import { STUB_COGNITO } from './cognito-stub-routes';
import type { DevIssuer } from './dev-issuer';
import { createLocalApp } from './local-app';

const webDist = mkdtempSync(join(tmpdir(), 'grantfit-web-'));
const indexHtml = '<!doctype html><html><head><style>body{margin:0}</style></head><body>app</body></html>';
writeFileSync(join(webDist, 'index.html'), indexHtml);
mkdirSync(join(webDist, 'assets'));
writeFileSync(join(webDist, 'assets', 'app-1.js'), 'console.log(1)');
afterAll(() => rmSync(webDist, { recursive: true, force: true }));

// These paths touch no store and no token: the API's dependencies and the issuer are never called.
const app = createLocalApp({} as AppDeps, {} as DevIssuer, { webDist });

describe('the local origin behaves as the deployed site', () => {
  it.each([
    ['GET', '/api/nope'],
    ['POST', '/api/nope'],
    ['DELETE', '/api/calls/x/y/z'],
    ['GET', '/api'],
  ])('%s %s answers the API’s JSON 404, not the web page', async (method, path) => {
    const response = await app.request(path, { method });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('serves the web page for page paths, and files as they are', async () => {
    const page = await app.request('/calls/01ARZ3NDEKTSV4RRFFQ69G5FAV');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(indexHtml);
    expect(await (await app.request('/assets/app-1.js')).text()).toBe('console.log(1)');
    const missing = await app.request('/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('sends the deployed security headers on pages, files and API answers', async () => {
    const expected = securityHeaders({
      styleHashes: inlineStyleHashes(indexHtml),
      cognitoRegion: STUB_COGNITO.region,
    });
    for (const path of ['/', '/assets/app-1.js', '/api/health', '/api/nope']) {
      const response = await app.request(path);
      for (const [name, value] of expected) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  it('keeps content-named files a year, asks again for pages, and leaves API answers their own', async () => {
    const cacheControl = async (path: string) => (await app.request(path)).headers.get('cache-control');
    expect(await cacheControl('/assets/app-1.js')).toBe(HASHED_ASSET_CACHE_CONTROL);
    // Page paths under /assets/ are answered with index.html, which a deploy replaces.
    for (const path of ['/', '/calls/01ARZ3NDEKTSV4RRFFQ69G5FAV', '/assets/', '/assets/plans'])
      expect(await cacheControl(path), path).toBe(SITE_FILE_CACHE_CONTROL);
    expect(await cacheControl('/api/health')).toBeNull();
    expect(await cacheControl('/assets/missing.js')).not.toBe(HASHED_ASSET_CACHE_CONTROL);
  });
});
