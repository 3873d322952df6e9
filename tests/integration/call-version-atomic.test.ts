/**
 * Issue #14: publishing and errata write the version item, the call and its audit entry in ONE
 * transaction. When the call's write loses (its revision condition fails), no orphan version item is
 * left behind, so the association's retry succeeds instead of answering 409 for good.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pidLombardiaRules } from '../../shared/fixtures/schemes';
import { createTestApi, type TestApi } from './support/test-api';

const association = { role: 'association', orgId: 'assoc-atomic' } as const;

describe('call versions are written with the call, atomically', () => {
  let api: TestApi;
  let token: string;
  /** When set, the next write of this call's item is cancelled as if its revision condition failed. */
  let failNextCallWrite: string | undefined;

  beforeAll(async () => {
    api = await createTestApi({
      configureClient: (client) =>
        client.middlewareStack.add(
          (next, context) => async (args) => {
            const input = JSON.stringify(args.input);
            const writesCall =
              context.commandName === 'TransactWriteItemsCommand' || context.commandName === 'PutItemCommand';
            if (failNextCallWrite && writesCall && input.includes(`CALL#${failNextCallWrite}`)) {
              const isCallItem = /"sk":(\{"S":)?"CALL"/.test(input);
              if (isCallItem) {
                failNextCallWrite = undefined;
                throw new TransactionCanceledException({
                  message: 'Transaction cancelled (injected by the test)',
                  $metadata: {},
                  CancellationReasons: [{ Code: 'ConditionalCheckFailed' }],
                });
              }
            }
            return next(args);
          },
          { step: 'initialize', name: 'failNextCallWrite' },
        ),
    });
    token = await api.tokenFor(association);
  });
  afterAll(() => api.dispose());

  async function draft() {
    const created = await api.request('POST', '/api/calls', {
      token,
      body: {
        title: 'Atomic versions',
        closesAt: '2099-06-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 100_000_00,
        rules: pidLombardiaRules,
      },
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  it('leaves no version 1 behind when publishing loses its race, so publishing again succeeds', async () => {
    const id = await draft();
    failNextCallWrite = id;
    const lost = await api.request('POST', `/api/calls/${id}/publish`, { token });
    expect(lost.status).toBe(409);
    expect(failNextCallWrite).toBeUndefined();
    expect(await api.deps.calls.getVersion(id, 1)).toBeUndefined();

    const retried = await api.request('POST', `/api/calls/${id}/publish`, { token });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'published', version: 1 });
    expect(await api.deps.calls.getVersion(id, 1)).toMatchObject({ version: 1, status: 'published' });
  });

  it('leaves no version 2 behind when an erratum loses its race, so issuing it again succeeds', async () => {
    const id = await draft();
    const published = await api.request('POST', `/api/calls/${id}/publish`, { token });
    const erratum = { revision: published.body.revision, rules: pidLombardiaRules, description: 'Fixed.' };
    failNextCallWrite = id;
    const lost = await api.request('POST', `/api/calls/${id}/errata`, { token, body: erratum });
    expect(lost.status).toBe(409);
    expect(await api.deps.calls.getVersion(id, 2)).toBeUndefined();

    const retried = await api.request('POST', `/api/calls/${id}/errata`, { token, body: erratum });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ version: 2, description: 'Fixed.' });
    expect(await api.deps.calls.getVersion(id, 2)).toMatchObject({ version: 2, description: 'Fixed.' });
    const audit = await api.request('GET', `/api/calls/${id}/audit`, { token });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'published',
      'erratum',
    ]);
  });
});
