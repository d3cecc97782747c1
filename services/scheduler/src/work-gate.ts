// A work gate holds the jobs of some queues while a condition is false: their handlers put them
// back (RetryAfterError, no attempt spent) before doing anything, and a job that fails while the
// gate has just closed is put back the same way instead of spending an attempt. Held work stays in
// its queue (Redis or SQLite) until the gate opens again, however long that takes.
import {
  type JobHandler,
  type QueueBackend,
  type QueueDefinition,
  RetryAfterError,
} from '@presswatch/domain';

export interface WorkGate {
  /** False while work must wait. `fresh` skips any cached reading. */
  isOpen(options?: { fresh?: boolean }): Promise<boolean>;
  /** Held jobs come back after this long. */
  readonly retryMs: number;
}

export interface GateLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** A gate over a yes/no check, read at most every `checkMs` (concurrent callers share a reading). */
export function createCheckedGate(
  check: () => Promise<boolean>,
  checkMs: number,
  onChange: (open: boolean) => void = () => {},
): WorkGate {
  let open = true;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<boolean> | null = null;
  const read = async () => {
    const now = await check().catch(() => false);
    if (now !== open) onChange(now);
    open = now;
    checkedAt = Date.now();
    return open;
  };
  return {
    retryMs: checkMs,
    async isOpen(options = {}) {
      if (!options.fresh && Date.now() - checkedAt < checkMs) return open;
      reading ??= read().finally(() => {
        reading = null;
      });
      return reading;
    },
  };
}

/** The same backend, except that workers of the `held` queues wait for the gate. */
export function gatedBackend(
  backend: QueueBackend,
  gate: WorkGate,
  held: ReadonlyArray<{ name: string }>,
): QueueBackend {
  const names = new Set(held.map((definition) => definition.name));
  return {
    kind: backend.kind,
    queue: (definition) => backend.queue(definition),
    work<P>(definition: QueueDefinition<P>, handler: JobHandler<P>, options: { concurrency: number }) {
      if (!names.has(definition.name)) return backend.work(definition, handler, options);
      return backend.work(definition, gatedHandler(gate, handler), options);
    },
    ping: () => backend.ping(),
    close: () => backend.close(),
  };
}

function gatedHandler<P>(gate: WorkGate, handler: JobHandler<P>): JobHandler<P> {
  return async (job) => {
    if (!(await gate.isOpen())) throw new RetryAfterError(gate.retryMs);
    try {
      await handler(job);
    } catch (error) {
      // Failed because what the gate watches just went away: wait for it, spend no attempt.
      if (!(error instanceof RetryAfterError) && !(await gate.isOpen({ fresh: true }))) {
        throw new RetryAfterError(gate.retryMs);
      }
      throw error;
    }
  };
}
