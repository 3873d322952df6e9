/**
 * Every request the web app sends goes through `fetchOrNoAnswer` (web/src/lib/no-answer.ts), so a lost
 * connection is told apart from a bug of ours: a bare `fetch` rejects with a plain TypeError, which the
 * pages would then say as a failure on GrantFit's side instead of "check your connection" (ADR 0034).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BARE_FETCH = /(?<![\w$])(?:window\.|globalThis\.|self\.)?fetch\s*\(/;
const THE_WRAPPER = 'web/src/lib/no-answer.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => join(dir, name).replaceAll('\\', '/'));
}

describe('every request can say that no answer came', () => {
  it('finds a bare fetch, and only that', () => {
    for (const line of ["await fetch('/config.json')", 'window.fetch(url, init)', 'return fetch (input)'])
      expect(BARE_FETCH.test(line), line).toBe(true);
    for (const line of ['await query.refetch()', 'fetchOrNoAnswer(url)', 'client.prefetchQuery(x)'])
      expect(BARE_FETCH.test(line), line).toBe(false);
  });

  it('has no bare fetch in the web app but in the wrapper', () => {
    const found = sources('web/src')
      .filter((file) => file !== THE_WRAPPER)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => BARE_FETCH.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('gives the typed API client the wrapper as its fetch', () => {
    expect(readFileSync('web/src/lib/api-client.ts', 'utf8')).toMatch(/\bfetch:\s*fetchOrNoAnswer\b/);
  });
});
