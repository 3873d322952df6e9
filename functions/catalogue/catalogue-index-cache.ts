/**
 * The catalogue's search index for a warm function (ADR 0017): built from every active entry with one
 * paged Query, and rebuilt when older than `maxAgeMs`. A rebuild runs behind the index in use: requests
 * keep searching the older one until the new one is ready, and if the rebuild fails they keep it too
 * (the next attempt waits `retryAfterMs`). Only a function's first search waits for a build, and only
 * when there is no index at all does a failed build answer an error. Concurrent requests share one read.
 */
import { CatalogueIndex } from '../../shared/catalogue/search-catalogue';
import type { CatalogueStore } from './catalogue-store';

export interface CatalogueIndexSource {
  current(): Promise<CatalogueIndex>;
}

export interface CatalogueIndexCacheOptions {
  maxAgeMs?: number;
  retryAfterMs?: number;
  /** Told about a failed rebuild that was served around (the caller's error log). */
  onStaleServed?: (error: Error) => void;
}

export class CatalogueIndexCache implements CatalogueIndexSource {
  private index: CatalogueIndex | undefined;
  /** When the index in use was built, or when the last build failed (so the next waits). */
  private freshAt = 0;
  private building: Promise<CatalogueIndex> | undefined;

  constructor(
    private readonly store: Pick<CatalogueStore, 'listActive'>,
    private readonly now: () => Date,
    private readonly options: CatalogueIndexCacheOptions = {},
  ) {}

  async current(): Promise<CatalogueIndex> {
    const age = this.now().getTime() - this.freshAt;
    if (this.index && age < (this.options.maxAgeMs ?? 5 * 60_000)) return this.index;
    const build = this.rebuild();
    // With an index in hand, serve it while the new one is built.
    return this.index ?? build;
  }

  private rebuild(): Promise<CatalogueIndex> {
    this.building ??= this.store
      .listActive()
      .then((calls) => {
        this.index = new CatalogueIndex(calls);
        this.freshAt = this.now().getTime();
        return this.index;
      })
      .catch((error: Error) => {
        if (!this.index) throw error;
        // Keep the index in use; try again once `retryAfterMs` has passed.
        const maxAge = this.options.maxAgeMs ?? 5 * 60_000;
        this.freshAt = this.now().getTime() - maxAge + (this.options.retryAfterMs ?? 30_000);
        this.options.onStaleServed?.(error);
        return this.index;
      })
      .finally(() => {
        this.building = undefined;
      });
    return this.building;
  }
}
