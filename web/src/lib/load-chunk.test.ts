import { describe, expect, it } from 'vitest';
import { importAgainAfterFailure } from './load-chunk';

const CHUNK = 'https://grantfit.example/assets/adopt-form-B1x2.js';
const offline = () => new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`);

/** A stand-in for the browser's import: what each address answers, and the addresses asked for. */
function network(answers: Record<string, () => Promise<unknown>>) {
  const asked: string[] = [];
  const load = (address: string) => {
    asked.push(address);
    return (answers[address] ?? (() => Promise.reject(offline())))();
  };
  return { asked, load };
}

describe('a chunk that failed to load', () => {
  it('is loaded from a new address, once, and that load is kept for later imports', async () => {
    const form = { AdoptForm: 'the form' };
    const { asked, load } = network({ [`${CHUNK}?retry=1`]: async () => form });
    await expect(importAgainAfterFailure(CHUNK, load)).resolves.toBe(form);
    await expect(importAgainAfterFailure(CHUNK, load)).resolves.toBe(form);
    // Asked for at a new address once; later imports get that load.
    expect(asked).toEqual([CHUNK, `${CHUNK}?retry=1`]);
  });

  it('says the first failure when the new address fails too, and tries another next time', async () => {
    const chunk = 'https://grantfit.example/assets/review-pdf-C3.js';
    const pdf = { reviewPdf: 'the pdf' };
    const { asked, load } = network({ [`${chunk}?retry=3`]: async () => pdf });
    const first = await importAgainAfterFailure(chunk, load).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(TypeError);
    await expect(importAgainAfterFailure(chunk, load)).resolves.toBe(pdf);
    expect(asked).toEqual([chunk, `${chunk}?retry=2`, chunk, `${chunk}?retry=3`]);
  });

  it('is not loaded again when it threw while it ran', async () => {
    // Each case its own chunk: the loader keeps what it replaced for the page's life.
    const chunk = 'https://grantfit.example/assets/rules-page-E5.js';
    const broken = new ReferenceError('x is not defined');
    const { asked, load } = network({ [chunk]: () => Promise.reject(broken) });
    await expect(importAgainAfterFailure(chunk, load)).rejects.toBe(broken);
    expect(asked).toEqual([chunk]);
  });

  it('is not asked for at its own address again once replaced, even where the browser would fetch it', async () => {
    const chunk = 'https://grantfit.example/assets/parse-plan-D4.js';
    let failed = false;
    const parser = { parsePlan: 'the parser' };
    const { asked, load } = network({
      // Fails once, then would load: a browser that fetches a failed address again.
      [chunk]: async () => {
        if (failed) return { parsePlan: 'a second copy' };
        failed = true;
        throw offline();
      },
      [`${chunk}?retry=4`]: async () => parser,
    });
    await expect(importAgainAfterFailure(chunk, load)).resolves.toBe(parser);
    await expect(importAgainAfterFailure(chunk, load)).resolves.toBe(parser);
    expect(asked).toEqual([chunk, `${chunk}?retry=4`]);
  });

  it('is not asked again when it loaded', async () => {
    const page = { Page: 'a page' };
    const { asked, load } = network({ [CHUNK.replace('adopt-form', 'page')]: async () => page });
    await expect(importAgainAfterFailure(CHUNK.replace('adopt-form', 'page'), load)).resolves.toBe(page);
    expect(asked).toHaveLength(1);
  });
});
