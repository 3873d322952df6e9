/**
 * Serves the built app's assets gzip-compressed from memory, as CloudFront serves them from its cache:
 * each file is compressed once, on its first request. Compressing on every request (hono/compress) made
 * the local server compete for this 2-core machine's CPU with the browser it serves, while Lighthouse
 * was timing that browser's main thread.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';
import { getMimeType } from 'hono/utils/mime';

// Vite's output names: letters, digits, dots, dashes and underscores, one level under /assets.
const ASSET = /^\/assets\/[\w.-]+$/;
// gzip named outright decides (`gzip;q=0, *` refuses it); otherwise `*` stands for it (RFC 9110, 12.5.3).
const acceptsGzip = (header: string | undefined) => {
  const accepted = parseAccept(header ?? '');
  const gzip = accepted.find((a) => a.type.toLowerCase() === 'gzip') ?? accepted.find((a) => a.type === '*');
  return gzip !== undefined && gzip.q > 0;
};

export function compressedAssets(root: string): MiddlewareHandler {
  // Path → the compressed bytes of a file that exists. A miss is not kept: made-up paths would otherwise
  // grow the map without bound, and a file built after the miss would never be served compressed.
  const cache = new Map<string, Promise<Uint8Array<ArrayBuffer> | undefined>>();
  const load = (path: string) =>
    readFile(join(root, path)).then(
      (bytes) => Uint8Array.from(gzipSync(bytes)),
      () => undefined,
    );
  return async (c, next) => {
    const type = getMimeType(c.req.path);
    if (
      (c.req.method !== 'GET' && c.req.method !== 'HEAD') ||
      !ASSET.test(c.req.path) ||
      !type ||
      !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)
    ) {
      return next();
    }
    c.header('Vary', 'Accept-Encoding');
    if (!acceptsGzip(c.req.header('accept-encoding'))) return next();
    let gzipped = cache.get(c.req.path);
    if (!gzipped) {
      gzipped = load(c.req.path);
      cache.set(c.req.path, gzipped);
    }
    const body = await gzipped;
    if (!body) {
      cache.delete(c.req.path);
      return next();
    }
    const headers = { 'Content-Type': type, 'Content-Encoding': 'gzip' };
    return c.req.method === 'HEAD' ? c.body(null, 200, headers) : c.body(body, 200, headers);
  };
}
