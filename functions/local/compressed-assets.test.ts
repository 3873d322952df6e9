import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono/tiny';
import { afterAll, describe, expect, it } from 'vitest';
import { compressedAssets } from './compressed-assets';

const root = mkdtempSync(join(tmpdir(), 'grantfit-assets-'));
mkdirSync(join(root, 'assets'));
const script = `export const words = ${JSON.stringify('grant '.repeat(500))};`;
writeFileSync(join(root, 'assets', 'app-1.js'), script);
writeFileSync(join(root, 'assets', 'logo-1.png'), 'not really a png');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const app = new Hono();
app.use('/assets/*', compressedAssets(root));
app.get('*', (c) => c.text('passed on', 203));

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the built assets, compressed as CloudFront serves them', () => {
  it('gzip a file for a browser that accepts it, with its type, once', async () => {
    const first = await get('/assets/app-1.js', 'gzip, deflate, br, zstd');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(first.headers.get('content-type')).toContain('text/javascript');
    expect(first.headers.get('vary')).toBe('Accept-Encoding');
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(bytes.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(bytes).toString()).toBe(script);
    // Hashed names never change content: the bytes compressed first are served from then on.
    writeFileSync(join(root, 'assets', 'app-1.js'), 'changed');
    const again = await get('/assets/app-1.js', 'gzip');
    expect(gunzipSync(Buffer.from(await again.arrayBuffer())).toString()).toBe(script);
  });

  it('leave to the static server what they do not compress', async () => {
    for (const [path, encoding] of [
      ['/assets/app-1.js', undefined],
      ['/assets/app-1.js', 'gzip;q=0, br'],
      ['/assets/app-1.js', 'gzip;q=0, *'],
      ['/assets/logo-1.png', 'gzip'],
      ['/assets/missing.js', 'gzip'],
      ['/assets/../index.html', 'gzip'],
    ] as const) {
      const response = await get(path, encoding);
      expect(response.status, `${path} ${encoding}`).toBe(203);
      expect(response.headers.get('content-encoding'), `${path} ${encoding}`).toBeNull();
    }
  });

  it('take "*" for gzip when gzip is not named', async () => {
    const response = await get('/assets/app-1.js', 'br;q=0, *;q=0.5');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('compress a file that appears after a request missed it (a rebuild)', async () => {
    expect((await get('/assets/later-1.js', 'gzip')).status).toBe(203);
    writeFileSync(join(root, 'assets', 'later-1.js'), script);
    const response = await get('/assets/later-1.js', 'gzip');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(script);
  });
});
