import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchOrNoAnswer, jsonOrNoAnswer, NoAnswerError, orNoAnswer } from './no-answer';

describe('a request with no answer', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is a NoAnswerError when fetch rejects as the browser does offline', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const failure = await fetchOrNoAnswer('/api/calls').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NoAnswerError);
    expect((failure as NoAnswerError).cause).toBeInstanceOf(TypeError);
  });

  it('passes an answer through, whatever its status', async () => {
    const answer = new Response('{}', { status: 503 });
    vi.stubGlobal('fetch', () => Promise.resolve(answer));
    await expect(fetchOrNoAnswer('/api/calls')).resolves.toBe(answer);
  });

  it('leaves a cancelled request, and any other failure, as they are', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    await expect(orNoAnswer(() => Promise.reject(abort))).rejects.toBe(abort);
    const ours = new RangeError('a bug of ours');
    await expect(orNoAnswer(() => Promise.reject(ours))).rejects.toBe(ours);
    const syntax = new SyntaxError('Unexpected token < in JSON');
    await expect(orNoAnswer(() => Promise.reject(syntax))).rejects.toBe(syntax);
  });

  it('is a cut connection while the answer was read', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"calls":['));
        controller.error(new TypeError('network error'));
      },
    });
    const failure = await orNoAnswer(() => new Response(body).json()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NoAnswerError);
  });

  it('is not an answer read a second time: that is a bug of ours', async () => {
    const answer = new Response('{"ok":true}');
    await expect(jsonOrNoAnswer(answer)).resolves.toEqual({ ok: true });
    const again = await jsonOrNoAnswer(answer).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(Error);
    expect(again).not.toBeInstanceOf(NoAnswerError);
  });
});
