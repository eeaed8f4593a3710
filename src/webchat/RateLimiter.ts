import { BoundedCache } from '../state/BoundedCache';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A fixed one-minute window per client key. The anonymous web chat routes run the whole answer pipeline per
 * request, so one client must not be able to starve the others; the window map is bounded so a flood of
 * distinct addresses cannot grow memory either.
 */
export class RateLimiter {
  private readonly windows: BoundedCache<{ start: number; count: number }>;

  constructor(
    private readonly limitPerWindow: number,
    private readonly windowMs = 60_000,
    maxClients = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.windows = new BoundedCache(maxClients, windowMs, now);
  }

  take(key: string): RateDecision {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return { allowed: true };
    }
    if (window.count >= this.limitPerWindow) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)),
      };
    }
    window.count += 1;
    return { allowed: true };
  }
}
