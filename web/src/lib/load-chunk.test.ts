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
    // The browser answers the failed address from its module map; the new one is asked for only once.
    expect(asked).toEqual([CHUNK, `${CHUNK}?retry=1`, CHUNK]);
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

  it('is not asked again when it loaded', async () => {
    const page = { Page: 'a page' };
    const { asked, load } = network({ [CHUNK.replace('adopt-form', 'page')]: async () => page });
    await expect(importAgainAfterFailure(CHUNK.replace('adopt-form', 'page'), load)).resolves.toBe(page);
    expect(asked).toHaveLength(1);
  });
});
