import { describe, expect, it } from 'vitest';
import { CHUNK_LOADER, retryingImports } from './retry-chunk-imports';

describe('the built chunks’ imports', () => {
  it('go through the loader, whatever the quotes, with the bundler’s .then kept', () => {
    const built =
      'i(()=>import(`./evaluate-B.js`).then(e=>e.n));const a=()=>import("./en-D.js"),b=()=>import(\'../x-C.js\')';
    const rewritten = retryingImports(built);
    expect(rewritten).toBe(
      `i(()=>${CHUNK_LOADER}(\`./evaluate-B.js\`).then(e=>e.n));const a=()=>${CHUNK_LOADER}("./en-D.js"),b=()=>${CHUNK_LOADER}('../x-C.js')`,
    );
    // The same length: the source map's columns stay true.
    expect(rewritten).toHaveLength(built.length);
  });

  it('leaves every other import alone', () => {
    for (const code of [
      'import{a as b}from"./react-X.js";',
      'await import(n)',
      'new URL(`./x.js`,import.meta.url)',
      'o.import(`./x.js`)',
      'reimport(`./x.js`)',
      'import(`https://elsewhere.example/x.js`)',
    ])
      expect(retryingImports(code), code).toBe(code);
  });
});
