/**
 * Sends every dynamic import of one of our chunks, as the bundler wrote it, through the page's
 * `__GFI_` (web/src/lib/load-chunk.ts), which can load a chunk again after it failed (ADR 0035). Done
 * on the output, last, not on the source: where a module lives inside a shared chunk the bundler writes
 * `import('./chunk.js').then((m) => m.x)`, and only a retry of the `import()` itself keeps that `.then`;
 * and Vite adds the preloading of each import's dependencies after the other hooks. The name has the
 * keyword's length, so the source maps' columns stay true.
 */
import type { Plugin } from 'vite';

export const CHUNK_LOADER = '__GFI_';
/** `import(` of a relative address of ours (every chunk is in one folder), in any of the three quotes. */
const CHUNK_IMPORT = /(?<![\w$.])import(?=\((?:`|"|')\.{1,2}\/)/g;

export function retryingImports(code: string): string {
  return code.replace(CHUNK_IMPORT, CHUNK_LOADER);
}

export function retryChunkImports(): Plugin {
  return {
    name: 'grantfit-retry-chunk-imports',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = retryingImports(file.code);
        }
      },
    },
  };
}
