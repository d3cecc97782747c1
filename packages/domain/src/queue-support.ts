// Helpers both queue adapters share, so retries and timeouts mean the same in either mode.
import { JobTimeoutError } from './errors.ts';
import type { RetryPolicy } from './ports/job-queue.ts';

/** Delay before attempt `nextAttempt` (2 = first retry). */
export function backoffDelay(policy: RetryPolicy, nextAttempt: number): number {
  const { type, delayMs } = policy.backoff;
  if (type === 'fixed') return delayMs;
  return delayMs * 2 ** Math.max(0, nextAttempt - 2);
}

/** Runs `work` with an AbortSignal that fires on timeout or when `outer` aborts. */
export async function runWithTimeout<T>(
  timeoutMs: number,
  outer: AbortSignal | null,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new JobTimeoutError(`job timed out after ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

/** Human-readable text of anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
