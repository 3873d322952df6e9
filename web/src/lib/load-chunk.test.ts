import { describe, expect, it } from 'vitest';
import { failedChunkUrl, loadChunk } from './load-chunk';

const ORIGIN = 'https://grantfit.example';
const CHUNK = `${ORIGIN}/assets/adopt-form-B1x2.js`;

describe('the chunk a failure names', () => {
  it('is read from Chromium’s and Firefox’s words', () => {
    const chromium = new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`);
    const firefox = new TypeError(`error loading dynamically imported module: ${CHUNK}`);
    expect(failedChunkUrl(chromium, ORIGIN)).toBe(CHUNK);
    expect(failedChunkUrl(firefox, ORIGIN)).toBe(CHUNK);
  });

  it('is none when the failure names no chunk of ours', () => {
    const named = (address: string) =>
      new TypeError(`Failed to fetch dynamically imported module: ${address}`);
    expect(failedChunkUrl(new TypeError('Importing a module script failed.'), ORIGIN)).toBeUndefined();
    expect(failedChunkUrl(named('https://elsewhere.example/assets/x.js'), ORIGIN)).toBeUndefined();
    expect(failedChunkUrl(named(`${ORIGIN}/api/calls`), ORIGIN)).toBeUndefined();
    expect(failedChunkUrl(named('not an address'), ORIGIN)).toBeUndefined();
    expect(
      failedChunkUrl(new RangeError(`dynamically imported module: ${CHUNK}`), undefined),
    ).toBeUndefined();
  });
});

describe('loadChunk', () => {
  it('hands over what loaded, and a failure that names no chunk as it came', async () => {
    await expect(loadChunk(async () => ({ answer: 42 }))).resolves.toEqual({ answer: 42 });
    const ours = new SyntaxError('Unexpected token');
    await expect(loadChunk(() => Promise.reject(ours))).rejects.toBe(ours);
  });
});
