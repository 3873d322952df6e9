import { describe, expect, it } from 'vitest';
import { InMemoryRateLimiter } from './in-memory-rate-limiter';

describe('InMemoryRateLimiter', () => {
  const limits = { share: { limit: 2, windowSeconds: 3600 }, submit: { limit: 1, windowSeconds: 60 } };

  it('allows the limit per organisation and window, then says how long to wait', async () => {
    let now = new Date('2026-03-10T09:00:30Z');
    const limiter = new InMemoryRateLimiter(limits, () => now);
    expect(await limiter.hit('org-a', 'submit', 'k1')).toEqual({ allowed: true });
    expect(await limiter.hit('org-a', 'submit', 'k2')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(await limiter.hit('org-b', 'submit', 'k2')).toEqual({ allowed: true });
    now = new Date('2026-03-10T09:01:00Z');
    expect(await limiter.hit('org-a', 'submit', 'k2')).toEqual({ allowed: true });
  });

  it('does not count a retry of the same request twice', async () => {
    const limiter = new InMemoryRateLimiter(limits, () => new Date('2026-03-10T09:00:00Z'));
    expect(await limiter.hit('org-a', 'submit', 'k1')).toEqual({ allowed: true });
    expect(await limiter.hit('org-a', 'submit', 'k1')).toEqual({ allowed: true });
    expect((await limiter.hit('org-a', 'share', 'constructor')).allowed).toBe(true);
  });
});
