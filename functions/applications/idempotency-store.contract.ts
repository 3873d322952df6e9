/**
 * What every IdempotencyStore adapter does, run against each: in memory (unit project, no JVM) and on
 * DynamoDB Local (integration project). A key is claimed once per organisation; a second claim, however
 * many race, gets the first claim back, so a retried submit lands on the same application.
 */
import { describe, expect, it } from 'vitest';
import type { IdempotencyStore } from './application-ports';

export function idempotencyStoreContract(adapter: string, make: () => Promise<IdempotencyStore>): void {
  describe(`IdempotencyStore contract: ${adapter}`, () => {
    it('claims a key once; every later claim gets the first one back, not done', async () => {
      const store = await make();
      expect(await store.get('sme-a', 'key-1')).toBeUndefined();
      expect(await store.claim('sme-a', 'key-1', { applicationId: 'A1', requestHash: 'h1' })).toBe('claimed');
      const first = { applicationId: 'A1', requestHash: 'h1', done: false };
      expect(await store.claim('sme-a', 'key-1', { applicationId: 'A2', requestHash: 'h2' })).toEqual(first);
      expect(await store.get('sme-a', 'key-1')).toEqual(first);
    });

    it('keeps each organisation’s keys apart', async () => {
      const store = await make();
      expect(await store.claim('sme-a', 'same-key', { applicationId: 'A1', requestHash: 'h' })).toBe(
        'claimed',
      );
      expect(await store.claim('sme-b', 'same-key', { applicationId: 'B1', requestHash: 'h' })).toBe(
        'claimed',
      );
      expect((await store.get('sme-b', 'same-key'))?.applicationId).toBe('B1');
    });

    it('lets exactly one of many simultaneous claims of a key win', async () => {
      const store = await make();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          store.claim('sme-a', 'raced', { applicationId: `A${i}`, requestHash: 'h' }),
        ),
      );
      expect(results.filter((r) => r === 'claimed')).toHaveLength(1);
      const winner = (await store.get('sme-a', 'raced'))?.applicationId;
      for (const r of results) if (r !== 'claimed') expect(r.applicationId).toBe(winner);
    });
  });
}
