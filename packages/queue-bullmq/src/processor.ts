// The BullMQ processor around a port handler: validate first, run under the queue's timeout,
// translate the port's control-flow errors into BullMQ's.
import {
  errorMessage,
  type JobHandler,
  type QueueDefinition,
  RetryAfterError,
  runWithTimeout,
  UnrecoverableJobError,
} from '@presswatch/domain';
import { DelayedError, type Job, type Processor, UnrecoverableError, WaitingError } from 'bullmq';
import type { ActiveRuns } from './active-runs.ts';
import { startedAttempts } from './bullmq-job-queue.ts';
import { portIdFromName } from './job-ids.ts';
import type { QueueLogger } from './logger.ts';

export function makeProcessor<P>(
  definition: QueueDefinition<P>,
  handler: JobHandler<P>,
  runs: ActiveRuns,
  logger?: QueueLogger,
): Processor {
  // Three parameters: BullMQ passes its own signal (lock lost, job cancelled) only then.
  return async (job: Job, token?: string, bullSignal?: AbortSignal) => {
    const parsed = definition.schema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid payload: ${parsed.error.message}`);
    const attempt = startedAttempts(job, 'active');
    if (attempt > definition.retry.attempts) {
      // Its worker died during the last attempt (a stall): fail it, as the SQLite adapter does.
      const spent = attempt - 1;
      throw new UnrecoverableError(`worker lost during attempt ${spent} of ${definition.retry.attempts}`);
    }
    const portId = portIdFromName(job.name, job.id ?? '');
    logger?.debug?.({ queue: definition.name, jobId: portId, attempt }, 'job started');
    const run = runs.begin(job, token);
    const outer = bullSignal ? AbortSignal.any([bullSignal, run.controller.signal]) : run.controller.signal;
    try {
      const work = runWithTimeout(definition.timeoutMs, outer, (signal) =>
        handler({ id: portId, payload: parsed.data, attempt, signal }),
      );
      work.catch(() => {}); // may settle after the run was abandoned; nobody awaits it then
      await Promise.race([work, run.abandonedPromise]);
    } catch (error) {
      if (run.abandoned) throw new WaitingError();
      throw await translate(error, job, token, attempt, definition);
    } finally {
      runs.end(run);
    }
    // Abandoned (close deadline): the job was moved back to wait; tell BullMQ not to touch it.
    if (run.abandoned) throw new WaitingError();
  };
}

async function translate<P>(
  error: unknown,
  job: Job,
  token: string | undefined,
  attempt: number,
  definition: QueueDefinition<P>,
): Promise<Error> {
  if (error instanceof RetryAfterError) {
    // Job.moveToDelayed skips the attempt (attemptsMade unchanged), so nothing is spent.
    await job.moveToDelayed(Date.now() + error.delayMs, token);
    return new DelayedError();
  }
  const message = errorMessage(error);
  // Runs lost to a dead worker count as attempts here, as in the SQLite adapter; BullMQ's own
  // count (attemptsMade) leaves them out, so stop retrying by our count.
  if (error instanceof UnrecoverableJobError || attempt >= definition.retry.attempts) {
    return new UnrecoverableError(message);
  }
  return new Error(message, { cause: error });
}
