// When a failed delivery is tried again: exponential backoff from `baseMs`, capped at `maxMs`,
// for `forMs` after the first attempt; then the delivery has failed. A receiver's Retry-After
// (429, 503) is honoured when it asks for longer.
export interface RetrySettings {
  retryBaseMs: number;
  retryMaxMs: number;
  retryForMs: number;
}

/** Delay after the `failures`-th failed attempt (1 = the first). */
export function retryDelayMs(settings: RetrySettings, failures: number, retryAfterMs: number | null): number {
  const backoff = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, failures - 1));
  return Math.max(backoff, retryAfterMs ?? 0);
}

/** Null when the next attempt would fall past the retry period: give up. */
export function nextAttemptAt(
  settings: RetrySettings,
  firstAttemptAt: Date,
  now: Date,
  failures: number,
  retryAfterMs: number | null,
): Date | null {
  const at = new Date(now.getTime() + retryDelayMs(settings, failures, retryAfterMs));
  return at.getTime() - firstAttemptAt.getTime() > settings.retryForMs ? null : at;
}
