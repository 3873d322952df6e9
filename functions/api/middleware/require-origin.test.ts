import { describe, expect, it } from 'vitest';
import { ORIGIN_VERIFY_HEADER } from '../../../shared/hosting/origin-verify';
import { createBaseApp, MAX_BODY_BYTES } from '../base-app';
import { consoleErrorLog } from '../error-log';

const SECRET = 'a-secret-only-cloudfront-and-the-functions-know';
const NEXT = 'the-next-secret-while-the-secret-is-being-changed';
const app = createBaseApp(consoleErrorLog, { origin: [SECRET] })
  .get('/health', (c) => c.json({ ok: true }))
  .post('/things', (c) => c.json({ ok: true }));

const codeOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

describe('requests that did not come through CloudFront', () => {
  it('are refused with 403 in the error shape, with no header or the wrong one', async () => {
    const refused: Record<string, string>[] = [
      {},
      { [ORIGIN_VERIFY_HEADER]: 'guess' },
      { [ORIGIN_VERIFY_HEADER]: `${SECRET}x` },
      { [ORIGIN_VERIFY_HEADER]: '' },
    ];
    for (const headers of refused) {
      const response = await app.request('/api/health', { headers });
      expect(response.status).toBe(403);
      expect(await codeOf(response)).toBe('forbidden');
    }
  });

  it('learn nothing else first: an unknown path or a body too large is refused the same way', async () => {
    expect((await app.request('/api/nope/')).status).toBe(403);
    expect((await app.request('/api/nope')).status).toBe(403);
    const large = await app.request('/api/things', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    expect(large.status).toBe(403);
  });

  it('reach the routes when they carry the secret, and while it changes, either value', async () => {
    const response = await app.request('/api/health', { headers: { [ORIGIN_VERIFY_HEADER]: SECRET } });
    expect(response.status).toBe(200);
    const changing = createBaseApp(consoleErrorLog, { origin: [SECRET, NEXT] }).get('/health', (c) =>
      c.json({ ok: true }),
    );
    for (const value of [SECRET, NEXT]) {
      const answer = await changing.request('/api/health', { headers: { [ORIGIN_VERIFY_HEADER]: value } });
      expect(answer.status).toBe(200);
    }
    expect((await changing.request('/api/health')).status).toBe(403);
  });
});
