import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './api-error';
import { staleVersionReader } from './stale-version';

const conflict = (raw: unknown) =>
  new ApiRequestError(409, { code: 'conflict', message: 'Someone else saved first.' }, raw);
// Reads `current` as a named thing with a revision; anything else is not a version to offer.
const reader = staleVersionReader(async (raw) => {
  const current = (raw as { current?: { name?: unknown; revision?: unknown } }).current;
  return typeof current?.name === 'string' && typeof current.revision === 'number'
    ? { name: current.name, revision: current.revision }
    : undefined;
});
const thrown = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('a save that lost a race', () => {
  it('offers the version someone else saved, still as the API error it was', async () => {
    const error = await thrown(reader.rethrow(conflict({ current: { name: 'Forno Bergamo', revision: 4 } })));
    expect(reader.current(error)).toEqual({ name: 'Forno Bergamo', revision: 4 });
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).status).toBe(409);
  });

  it('offers nothing when the 409 carries no version that reads well, or the reading code fails', async () => {
    const garbled = conflict({ current: { name: 7 } });
    expect(await thrown(reader.rethrow(garbled))).toBe(garbled);
    expect(reader.current(garbled)).toBeUndefined();
    const offline = staleVersionReader(() => Promise.reject(new Error('offline')));
    expect(await thrown(offline.rethrow(garbled))).toBe(garbled);
  });

  it('passes every other failure through untouched, and another reader does not claim its versions', async () => {
    const refused = new ApiRequestError(422, { code: 'invalid', message: 'Check the fields.' });
    expect(await thrown(reader.rethrow(refused))).toBe(refused);
    const error = await thrown(reader.rethrow(conflict({ current: { name: 'A', revision: 1 } })));
    expect(staleVersionReader(async () => 'other').current(error)).toBeUndefined();
  });
});
