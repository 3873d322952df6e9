import { describe, expect, it } from 'vitest';
import { ORIGIN_VERIFY_HEADER } from '../../../shared/hosting/origin-verify';
import { createBaseApp } from '../base-app';
import { consoleErrorLog } from '../error-log';
import { requireOrigin } from './require-origin';

const SECRET = 'a-secret-only-cloudfront-and-the-functions-know';
const log = consoleErrorLog;
const app = createBaseApp(log)
  .use(requireOrigin(SECRET))
  .get('/health', (c) => c.json({ ok: true }));

describe('requests that did not come through CloudFront', () => {
  it('are refused with 403 in the error shape, with no header or the wrong one', async () => {
    const refused: Record<string, string>[] = [
      {},
      { [ORIGIN_VERIFY_HEADER]: 'guess' },
      { [ORIGIN_VERIFY_HEADER]: `${SECRET}x` },
    ];
    for (const headers of refused) {
      const response = await app.request('/api/health', { headers });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
  });

  it('reach the routes when they carry the secret', async () => {
    const response = await app.request('/api/health', { headers: { [ORIGIN_VERIFY_HEADER]: SECRET } });
    expect(response.status).toBe(200);
  });
});
