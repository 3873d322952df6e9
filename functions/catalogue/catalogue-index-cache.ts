/**
 * The catalogue's search index for a warm function (ADR 0017): built from every active entry with
 * one paged Query, kept for `maxAgeMs`, then rebuilt on the next request. A daily import changes the
 * catalogue once a day, so a few minutes of staleness is the price of not reading ~6,000 records per
 * search. Concurrent requests during a rebuild share the one read.
 */
import { CatalogueIndex } from '../../shared/catalogue/search-catalogue';
import type { CatalogueStore } from './catalogue-store';

export interface CatalogueIndexSource {
  current(): Promise<CatalogueIndex>;
}

export class CatalogueIndexCache implements CatalogueIndexSource {
  private index: CatalogueIndex | undefined;
  private builtAt = 0;
  private building: Promise<CatalogueIndex> | undefined;

  constructor(
    private readonly store: Pick<CatalogueStore, 'listActive'>,
    private readonly now: () => Date,
    private readonly maxAgeMs = 5 * 60_000,
  ) {}

  async current(): Promise<CatalogueIndex> {
    const now = this.now().getTime();
    if (this.index && now - this.builtAt < this.maxAgeMs) return this.index;
    this.building ??= this.store
      .listActive()
      .then((calls) => {
        this.index = new CatalogueIndex(calls);
        this.builtAt = now;
        return this.index;
      })
      .finally(() => {
        this.building = undefined;
      });
    return this.building;
  }
}
