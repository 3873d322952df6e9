/**
 * The attack suites of the integration project, run on the in-memory adapters without a JVM: the whole
 * authorization matrix (and its proof that a missing check is caught), and 10,000 hostile requests that
 * reach the code. The same suites run on DynamoDB Local in tests/integration/; here, being cheap, the
 * hostile suite sends ten times as many requests. A route whose rules hold on one adapter and not on the
 * other fails one of the two runs.
 */
import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../functions/api/app-deps';
import { createInMemoryApp } from '../../functions/in-memory/in-memory-app';
import { runMatrix, seedWorld, tokensFor } from '../support/authorization-matrix';
import {
  CELLS_A_MISSING_OWNER_CHECK_OPENS,
  planStoreThatCorrupts,
  storesThatHandObjectsToWhoeverAsks,
} from '../support/broken-stores';
import type { DrivableApi } from '../support/drivable-api';
import { sendRequestsThatReachTheCode } from '../support/requests-that-reach-the-code';

// The matrix world's call closes on 30 June 2025.
const NOW = () => new Date('2025-03-01T09:00:00Z');

async function inMemoryApi(wrapDeps?: (deps: AppDeps) => AppDeps): Promise<DrivableApi> {
  const api = await createInMemoryApp({ now: NOW, wrapDeps });
  return { ...api, tokenFor: ({ role, orgId }) => api.tokenFor(role, orgId) };
}

describe('the API on in-memory adapters, attacked', () => {
  it('answers every cell of the authorization matrix as listed', async () => {
    expect(await runMatrix(await inMemoryApi())).toEqual([]);
  }, 60_000);

  it('catches a missing ownership check there too (stores that hand reviews and calls to whoever asks)', async () => {
    let acting: string | undefined;
    const failures = await runMatrix(await inMemoryApi(storesThatHandObjectsToWhoeverAsks(() => acting)), {
      acting: (orgId) => (acting = orgId),
    });
    expect(failures).toEqual(
      expect.arrayContaining(CELLS_A_MISSING_OWNER_CHECK_OPENS.map((cell) => expect.stringMatching(cell))),
    );
  }, 60_000);

  it('answers 10,000 generated requests that reach the code with no 5xx, one error shape, and only states a valid request could produce', async () => {
    const api = await inMemoryApi();
    const tokens = await tokensFor(api);
    const world = await seedWorld(api, tokens);
    const { requests, problems } = await sendRequestsThatReachTheCode(api, tokens, world, 10_000);
    expect(problems).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(10_000);
  }, 300_000);

  it('notices there a stored state no valid request could produce (a plan store that corrupts what it writes once the world is seeded)', async () => {
    let corrupting = false;
    const api = await inMemoryApi(planStoreThatCorrupts(() => corrupting));
    const tokens = await tokensFor(api);
    const world = await seedWorld(api, tokens);
    corrupting = true;
    const { problems } = await sendRequestsThatReachTheCode(api, tokens, world, 1_000);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/plan .*: lines\.0\.amountCents/)]),
    );
  });
});
