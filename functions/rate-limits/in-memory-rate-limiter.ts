/** Rate limits counted in one process's memory: for unit tests and single-process tools, not Lambda. */
import {
  type RateDecision,
  type RateLimitedAction,
  type RateLimiter,
  type RateLimits,
  windowOf,
} from './rate-limiter';

export class InMemoryRateLimiter implements RateLimiter {
  /** Request keys seen per organisation, action and window; a Map, since org ids are user text. */
  private readonly seen = new Map<string, Set<string>>();

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => Date,
  ) {}

  async hit(orgId: string, action: RateLimitedAction, requestKey: string): Promise<RateDecision> {
    const { limit, windowSeconds } = this.limits[action];
    const window = windowOf(this.now(), windowSeconds);
    const bucket = `${orgId}#${action}#${window.start}`;
    const keys = this.seen.get(bucket) ?? new Set<string>();
    if (keys.has(requestKey)) return { allowed: true };
    if (keys.size >= limit) return { allowed: false, retryAfterSeconds: window.secondsLeft };
    keys.add(requestKey);
    this.seen.set(bucket, keys);
    return { allowed: true };
  }
}
