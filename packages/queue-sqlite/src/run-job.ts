// Runs one claimed job and writes its outcome: validate the stored payload first, run the
// handler under the queue's timeout, then translate the result into the next row state. The
// outcome is written in the shared transaction of its turn (write-batch.ts); runJob resolves once
// it committed (or failed and was logged), so the worker frees the slot only then.
import {
  backoffDelay,
  errorMessage,
  type JobHandler,
  type QueueDefinition,
  RetryAfterError,
  runWithTimeout,
  UnrecoverableJobError,
} from '@presswatch/domain';
import type { JobRow, JobStore, Lease } from './job-store.ts';
import type { QueueLogger } from './logger.ts';
import type { WriteBatch } from './write-batch.ts';

export interface RunContext<P> {
  store: JobStore;
  writes: WriteBatch;
  definition: QueueDefinition<P>;
  handler: JobHandler<P>;
  logger: QueueLogger;
}

/** One job in flight on this worker. */
export interface RunningJob {
  lease: Lease;
  /** Aborted when the worker gives the job up (close deadline) or loses its lease. */
  controller: AbortController;
  /** Set once the lease is released or lost: the run's outcome must not be written. */
  detached: boolean;
}

export async function runJob<P>(ctx: RunContext<P>, row: JobRow, run: RunningJob): Promise<void> {
  const parsed = parsePayload(ctx.definition, row.payload);
  if (!parsed.ok) {
    await write(ctx, run, () => ctx.store.fail(run.lease, parsed.error, Date.now()));
    return;
  }
  let failure: unknown = null;
  try {
    await runWithTimeout(ctx.definition.timeoutMs, run.controller.signal, (signal) =>
      ctx.handler({ id: row.id, payload: parsed.value, attempt: row.attempts, signal }),
    );
  } catch (error) {
    failure = error ?? new Error('job handler rejected without a reason');
  }
  if (run.detached) return;
  await write(ctx, run, () => settle(ctx, row, run.lease, failure));
}

function settle<P>(ctx: RunContext<P>, row: JobRow, lease: Lease, failure: unknown): boolean {
  const now = Date.now();
  const { store } = ctx;
  if (failure === null) return store.complete(lease, now);
  if (failure instanceof UnrecoverableJobError) return store.fail(lease, errorMessage(failure), now);
  // RetryAfter is not a failure of the job: the attempt is given back.
  if (failure instanceof RetryAfterError) return store.retryAt(lease, now + failure.delayMs, null, true, now);
  if (row.attempts < row.max_attempts) {
    const runAt = now + backoffDelay(ctx.definition.retry, row.attempts + 1);
    return store.retryAt(lease, runAt, errorMessage(failure), false, now);
  }
  return store.fail(lease, errorMessage(failure), now);
}

/** A failed write leaves the lease to expire, so the job runs again elsewhere: log, don't throw. */
async function write<P>(ctx: RunContext<P>, run: RunningJob, statement: () => boolean): Promise<void> {
  const { queue, id } = run.lease;
  try {
    // Released or lost while the write waited for its batch: the outcome is not ours to write.
    const written = await ctx.writes.run(() => run.detached || statement());
    if (!written) ctx.logger.warn({ queue, jobId: id }, 'job lease was lost; outcome dropped');
  } catch (error) {
    ctx.logger.error({ queue, jobId: id, err: errorMessage(error) }, 'could not record job outcome');
  }
}

type Parsed<P> = { ok: true; value: P } | { ok: false; error: string };

function parsePayload<P>(definition: QueueDefinition<P>, json: string): Parsed<P> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `invalid payload: ${errorMessage(error)}` };
  }
  const result = definition.schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: `invalid payload: ${result.error.message}` };
}
