// A worker of the BullMQ backend, with its own Redis connection (workers block on Redis, so
// they need `maxRetriesPerRequest: null` and must not share the producers' connection).
import {
  type CloseOptions,
  errorMessage,
  type JobHandler,
  type QueueDefinition,
  type QueueWorker,
} from '@presswatch/domain';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { ActiveRuns } from './active-runs.ts';
import type { QueueLogger } from './logger.ts';
import { makeProcessor } from './processor.ts';

export interface BullmqWorkerSettings {
  redisUrl: string;
  prefix: string;
  concurrency: number;
  /** A job whose worker stops renewing its lock for this long is stalled (recovered elsewhere). */
  lockDurationMs: number;
  /** How often each worker looks for stalled jobs. */
  stalledIntervalMs: number;
  /** Stalls allowed before BullMQ fails the job. */
  maxStalledCount: number;
  defaultDeadlineMs: number;
  logger: QueueLogger;
}

export class BullmqQueueWorker<P> implements QueueWorker {
  readonly queue: string;
  private readonly connection: Redis;
  private readonly worker: Worker;
  private readonly runs = new ActiveRuns();
  private closing: Promise<void> | null = null;

  constructor(
    definition: QueueDefinition<P>,
    handler: JobHandler<P>,
    private readonly settings: BullmqWorkerSettings,
  ) {
    this.queue = definition.name;
    this.connection = new Redis(settings.redisUrl, { maxRetriesPerRequest: null });
    this.worker = new Worker(
      definition.name,
      makeProcessor(definition, handler, this.runs, settings.logger),
      {
        connection: this.connection,
        prefix: settings.prefix,
        concurrency: settings.concurrency,
        lockDuration: settings.lockDurationMs,
        stalledInterval: settings.stalledIntervalMs,
        maxStalledCount: settings.maxStalledCount,
      },
    );
    this.worker.on('error', (error) => {
      settings.logger.error({ queue: this.queue, err: errorMessage(error) }, 'queue worker error');
    });
  }

  close(options: CloseOptions = {}): Promise<void> {
    this.closing ??= this.shutdown(options.deadlineMs ?? this.settings.defaultDeadlineMs);
    return this.closing;
  }

  /**
   * Graceful close raced against the deadline. Past it, running jobs are moved back to wait
   * (no attempt spent) and their processors released; BullMQ 5 memoises close(), so
   * close(true) then resolves as soon as those processors have returned.
   */
  private async shutdown(deadlineMs: number): Promise<void> {
    const graceful = this.worker.close();
    if (!(await settles(graceful, deadlineMs))) {
      await this.runs.abandonAll(this.settings.logger);
      await this.worker.close(true);
    }
    await graceful;
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}

/** True when `promise` settled within `ms` (its rejection is left to the caller). */
async function settles(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        () => true as const,
        () => true as const,
      ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
