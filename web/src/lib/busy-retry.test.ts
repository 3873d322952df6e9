import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './api-error';
import { busyRetryDelay, retryWhenBusy } from './busy-retry';
import { NoAnswerError } from './no-answer';

const answer = (status: number, code = 'unknown', retryAfterSeconds?: number) =>
  new ApiRequestError(status, { code, message: 'x' }, undefined, retryAfterSeconds);

describe('retrying a submit when the server is busy', () => {
  it('retries network failures, server errors and throttling, never a refusal or the organisation’s own limit', () => {
    expect(retryWhenBusy(0, new NoAnswerError('No answer'))).toBe(true);
    // A bug of ours (a TypeError too) is not sent again five times.
    expect(retryWhenBusy(0, new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(retryWhenBusy(0, answer(503))).toBe(true);
    expect(retryWhenBusy(0, answer(429))).toBe(true);
    expect(retryWhenBusy(0, answer(429, 'rate_limited'))).toBe(false);
    expect(retryWhenBusy(0, answer(409, 'already_applied'))).toBe(false);
    expect(retryWhenBusy(0, answer(400))).toBe(false);
    expect(retryWhenBusy(4, answer(503))).toBe(true);
    expect(retryWhenBusy(5, answer(503))).toBe(false);
  });

  it('sends an application the edge refused for its address once more, after the edge’s whole window, then stops', () => {
    expect(retryWhenBusy(0, answer(429, 'busy', 60))).toBe(true);
    expect(retryWhenBusy(1, answer(429, 'busy', 60))).toBe(false);
    expect(busyRetryDelay(0, answer(429, 'busy', 60), () => 0)).toBe(60_000);
    expect(busyRetryDelay(0, answer(429, 'busy', 60), () => 1)).toBe(65_000);
    expect(busyRetryDelay(0, answer(429, 'busy', 600), () => 0)).toBe(60_000);
    expect(busyRetryDelay(0, answer(429, 'busy', 1), () => 0)).toBe(1000);
    expect(busyRetryDelay(0, answer(429, 'busy'), () => 0)).toBe(60_000);
  });

  it('waits as long as the server asks (at most 30 s), else backs off with jitter', () => {
    expect(busyRetryDelay(0, answer(503, 'unknown', 3))).toBe(3000);
    expect(busyRetryDelay(0, answer(429, 'unknown', 600))).toBe(30_000);
    expect(busyRetryDelay(0, answer(429), () => 0)).toBe(500);
    expect(busyRetryDelay(0, answer(429), () => 1)).toBe(1500);
    expect(busyRetryDelay(3, answer(429), () => 0.5)).toBe(8000);
    expect(busyRetryDelay(10, answer(429), () => 1)).toBe(22_500);
  });
});
