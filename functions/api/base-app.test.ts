import { gunzipSync } from 'node:zlib';
import { type APIGatewayProxyResult, handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { describe, expect, it } from 'vitest';
import { createBaseApp } from './base-app';

const calls = Array.from({ length: 40 }, (_, i) => ({
  id: `call-${i}`,
  title: 'Digital voucher',
  rules: {},
}));
const app = createBaseApp({ error: () => undefined }).get('/calls', (c) => c.json({ items: calls }));

describe('the API compresses its JSON', () => {
  it('for a client that accepts gzip, and only then', async () => {
    const zipped = await app.request('/api/calls', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(JSON.parse(gunzipSync(bytes).toString())).toEqual({ items: calls });
    expect(bytes.length).toBeLessThan(JSON.stringify({ items: calls }).length / 4);

    const plain = await app.request('/api/calls');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual({ items: calls });
  });

  it('and on Lambda hands API Gateway the compressed bytes in base64, as it must', async () => {
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: '/api/calls',
      rawQueryString: '',
      headers: { 'accept-encoding': 'gzip', host: 'api.example' },
      requestContext: {
        http: { method: 'GET', path: '/api/calls', sourceIp: '203.0.113.1' },
        domainName: 'api.example',
      },
      isBase64Encoded: false,
    } as unknown as LambdaEvent;
    const result = (await handle(app)(event, {} as LambdaContext)) as APIGatewayProxyResult;
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    expect(JSON.parse(gunzipSync(Buffer.from(result.body, 'base64')).toString())).toEqual({ items: calls });
  });
});

describe('the API answers one spelling of each path', () => {
  it('refuses a trailing slash with a JSON 404, so no route is reached past the edge’s exact-path limits', async () => {
    let reached = 0;
    const counted = createBaseApp({ error: () => undefined })
      .get('/calls', (c) => {
        reached += 1;
        return c.json({ items: [] });
      })
      .post('/applications', (c) => {
        reached += 1;
        return c.json({}, 201);
      });
    for (const [method, path] of [
      ['GET', '/api/calls/'],
      ['POST', '/api/applications/'],
      ['POST', '/api/applications//'],
    ] as const) {
      const res = await counted.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
    expect(reached).toBe(0);
    expect((await counted.request('/api/calls')).status).toBe(200);
  });
});
