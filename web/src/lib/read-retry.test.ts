import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './api-error';
import { retryReadOnce } from './read-retry';

const answer = (status: number) => new ApiRequestError(status, { code: 'unknown', message: 'x' });

describe('asking a failed read again', () => {
  it('asks once more after a network failure, a server error, a busy answer or an expired session', () => {
    for (const error of [
      new TypeError('Failed to fetch'),
      answer(500),
      answer(503),
      answer(429),
      answer(401),
    ]) {
      expect(retryReadOnce(0, error)).toBe(true);
      expect(retryReadOnce(1, error)).toBe(false);
    }
  });

  it('shows at once an answer another try would only repeat', () => {
    for (const status of [400, 403, 404, 410, 422]) expect(retryReadOnce(0, answer(status))).toBe(false);
  });
});
