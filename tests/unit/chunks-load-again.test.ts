/**
 * Every dynamic import in the web app goes through `loadChunk` (web/src/lib/load-chunk.ts): a browser
 * keeps a failed module fetch for the page's life, so an import written bare could never be loaded
 * again by a "Try again" after a dropped connection, only by a reload.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webSources } from './support/web-sources';

const IMPORT_CALL = /(?<![\w$.])import\s*\(/;
const THROUGH_LOAD_CHUNK = /loadChunk\(\(\) => import\('[^']+'\)\)/g;
// loadChunk's own second try, at the address the failure named.
const ALLOWED = new Set(['web/src/lib/load-chunk.ts']);

/** A line's dynamic imports that do not go through loadChunk. */
const bareImports = (line: string) =>
  !/^\s*(?:\*|\/\/)/.test(line) && IMPORT_CALL.test(line.replace(THROUGH_LOAD_CHUNK, ''));

describe('dynamic imports', () => {
  it('are found written bare, and not through loadChunk', () => {
    for (const line of [
      "const m = await import('./adopt-form');",
      "void import ('../features/call-page')",
      "loadChunk(() => import('./a')).then(() => import('./b'))",
    ])
      expect(bareImports(line), line).toBe(true);
    for (const line of [
      "en: () => loadChunk(() => import('./locales/en')),",
      "import { loadChunk } from '../lib/load-chunk';",
      ' * a chunk loaded with import() keeps its failure',
      "import type { ApiApp } from '../../../functions/api/app';",
    ])
      expect(bareImports(line), line).toBe(false);
  });

  it('go through loadChunk everywhere in the web app', () => {
    const found = webSources()
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter(bareImports)
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
});
