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

  /** The application a key was claimed for (the create transaction's condition on the key). */
  heldBy(orgId: string, key: string): string | undefined {
    return this.claims.get(JSON.stringify([orgId, key]))?.applicationId;
  }

  /** Marks the key's application written; part of the application store's create. */
  markDone(orgId: string, key: string): void {
    const claim = this.claims.get(JSON.stringify([orgId, key]));
    if (claim) claim.done = true;
  }

  async get(orgId: string, key: string) {
    const claim = this.claims.get(JSON.stringify([orgId, key]));
    return claim && { ...claim };
  }
}
