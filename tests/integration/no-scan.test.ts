import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand as DocumentScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/test-api';

describe('the test-side DynamoDB middleware that refuses Scans', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.dispose());

  it('fails any Scan through the clients the API uses, so every integration test proves its paths scan-free', async () => {
    const store = api.deps.calls as unknown as { db: { send: (command: unknown) => Promise<unknown> } };
    await expect(store.db.send(new DocumentScanCommand({ TableName: 'anything' }))).rejects.toThrow(
      /issued a DynamoDB Scan/,
    );
    await expect(store.db.send(new ScanCommand({ TableName: 'anything' }))).rejects.toThrow(
      /issued a DynamoDB Scan/,
    );
  });

  it('lets the real routes through: listing, matching and submitting use keys and indexes only', async () => {
    const response = await api.request('GET', '/api/calls?limit=5');
    expect(response.status).toBe(200);
  });
});
