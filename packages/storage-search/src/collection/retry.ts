// Read-modify-write under optimistic concurrency: the step reads (with the version), decides and
// writes conditionally; a 409 means another process wrote in between, so the whole step runs
// again on fresh data. Transient engine errors (a shard not serving yet) are retried the same way.
import { EngineError, isTransient } from '../client/engine-client.ts';

export const DEFAULT_ATTEMPTS = 30;

/** A write refused because of a version conflict or an existing document (op_type create). */
export function isConflict(error: unknown): boolean {
  return error instanceof EngineError && error.status === 409;
}

function isRetryable(error: unknown): boolean {
  return isConflict(error) || (error instanceof EngineError && isTransient(error.status));
}

/** Runs `step` until it does not fail with a conflict, at most `attempts` times (jittered backoff). */
export async function retryOnConflict<T>(step: () => Promise<T>, attempts = DEFAULT_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!isRetryable(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
