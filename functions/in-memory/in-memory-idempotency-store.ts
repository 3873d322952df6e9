/** The idempotency-key port in memory, for tests without a JVM; the store contract proves it twins DynamoIdempotencyStore. */
import type { IdempotencyClaim, IdempotencyStore } from '../applications/application-ports';

export class InMemoryIdempotencyStore implements IdempotencyStore {
  /** By organisation and key: a Map, since keys are the client's text. */
  private readonly claims = new Map<string, IdempotencyClaim>();

  async claim(orgId: string, key: string, claim: Omit<IdempotencyClaim, 'done'>) {
    const id = JSON.stringify([orgId, key]);
    const existing = this.claims.get(id);
    if (existing) return { ...existing };
    this.claims.set(id, { ...claim, done: false });
    return 'claimed' as const;
  }

  async get(orgId: string, key: string) {
    const claim = this.claims.get(JSON.stringify([orgId, key]));
    return claim && { ...claim };
  }
}
