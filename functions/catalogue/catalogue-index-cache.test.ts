import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueCall } from '../../shared/catalogue/catalogue-call-schema';
import { importCatalogueText } from '../../shared/catalogue/import-catalogue';
import { CatalogueIndexCache } from './catalogue-index-cache';

const sample = importCatalogueText(
  readFileSync(
    new URL('../../data/catalogue/incentivi/incentivi_gov_it_sample.json', import.meta.url),
    'utf8',
  ),
);
const calls: CatalogueCall[] = sample.ok
  ? sample.results.flatMap((r) => (r.status === 'imported' ? [r.call] : []))
  : [];

/** A store whose reads are counted and can be made to fail. */
function store() {
  const state = { reads: 0, fail: false, calls };
  return {
    state,
    listActive: async () => {
      state.reads += 1;
      if (state.fail) throw new Error('table unreachable');
      return state.calls;
    },
  };
}

describe('the warm function’s catalogue index', () => {
  it('reads the table once for concurrent first searches, then not again until it is old', async () => {
    let clock = 0;
    const s = store();
    const cache = new CatalogueIndexCache(s, () => new Date(clock), { maxAgeMs: 1_000 });
    const [a, b] = await Promise.all([cache.current(), cache.current()]);
    expect(a).toBe(b);
    expect(s.state.reads).toBe(1);
    clock = 999;
    await cache.current();
    expect(s.state.reads).toBe(1);
    clock = 1_000;
    await cache.current();
    expect(s.state.reads).toBe(2);
  });

  it('keeps serving the index it has while a rebuild fails, and retries later', async () => {
    let clock = 0;
    const s = store();
    const failures: Error[] = [];
    const cache = new CatalogueIndexCache(s, () => new Date(clock), {
      maxAgeMs: 1_000,
      retryAfterMs: 100,
      onStaleServed: (error) => failures.push(error),
    });
    const first = await cache.current();
    s.state.fail = true;
    clock = 2_000;
    expect(await cache.current()).toBe(first);
    await new Promise((r) => setTimeout(r, 0));
    expect(failures.map((e) => e.message)).toEqual(['table unreachable']);
    // No new read before the retry delay…
    const reads = s.state.reads;
    clock = 2_050;
    expect(await cache.current()).toBe(first);
    expect(s.state.reads).toBe(reads);
    // …then one, which succeeds.
    s.state.fail = false;
    s.state.calls = calls.slice(0, 5);
    clock = 2_100;
    await cache.current();
    await new Promise((r) => setTimeout(r, 0));
    expect((await cache.current()).size).toBe(5);
  });

  it('answers the error when it has no index to serve, and tries again on the next search', async () => {
    const s = store();
    s.state.fail = true;
    const cache = new CatalogueIndexCache(s, () => new Date(0));
    await expect(cache.current()).rejects.toThrow('table unreachable');
    s.state.fail = false;
    expect((await cache.current()).size).toBe(calls.length);
  });
});
