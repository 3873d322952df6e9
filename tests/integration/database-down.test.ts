import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app';
import { wireAllDeps } from '../../functions/api/wire-all-deps';
import { createDocumentClient, createDynamoClient } from '../../functions/data/dynamo-client';
import { createDevIssuer } from '../../functions/local/dev-issuer';
import { findFreePort } from '../../functions/local/ports';

describe('when DynamoDB is unreachable', () => {
  it('answers 503 with Retry-After in the error shape, quickly, instead of hanging or a 500', async () => {
    const port = await findFreePort(); // nothing listens there
    const client = createDynamoClient({ endpoint: `http://127.0.0.1:${port}` });
    const issuer = await createDevIssuer();
    const app = createApp(
      wireAllDeps({
        db: createDocumentClient(client),
        tableName: 'nowhere',
        auth: { issuer: issuer.issuer, audience: issuer.audience, jwks: { keys: issuer.jwks } },
      }),
    );
    const started = Date.now();
    const response = await app.request('/api/calls');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toMatchObject({ error: { code: 'unavailable' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    client.destroy();
  });
});
