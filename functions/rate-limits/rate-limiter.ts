/**
 * Per-organisation rate limits on the actions one organisation could use to flood others: sharing
 * applications into a consultancy's queue, and submitting applications. The limits live here, in one
 * place; DynamoRateLimiter counts in the table, InMemoryRateLimiter in a process (unit tests).
 */
export type RateLimitedAction = 'share' | 'submit';

export interface RateLimit {
  /** Requests allowed per organisation in one window. */
  limit: number;
  windowSeconds: number;
}

export type RateLimits = Record<RateLimitedAction, RateLimit>;

export const RATE_LIMITS: RateLimits = {
  // An SME shares each application once; 20 an hour is far above honest use.
  share: { limit: 20, windowSeconds: 60 * 60 },
  // Click day: one organisation files a few applications, retries of one submission are not counted.
  submit: { limit: 20, windowSeconds: 60 },
};

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /**
   * Counts one request of `orgId` for `action` in the current window, unless `requestKey` was counted
   * already in it (a retry of the same request costs nothing), and says whether it may go ahead.
   */
  hit(orgId: string, action: RateLimitedAction, requestKey: string): Promise<RateDecision>;
}

/** The fixed window a moment falls in: its start (ISO) and the seconds until it ends. */
export function windowOf(
  now: Date,
  windowSeconds: number,
): { start: string; secondsLeft: number; endsAt: number } {
  const ms = windowSeconds * 1000;
  const startMs = Math.floor(now.getTime() / ms) * ms;
  const endsAt = startMs + ms;
  return {
    start: new Date(startMs).toISOString(),
    secondsLeft: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)),
    endsAt,
  };
}
