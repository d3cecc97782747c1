// The distributed queue backend: BullMQ on Redis. Producers share one connection; each worker
// opens its own (see bullmq-worker.ts).
import type { JobHandler, JobQueue, QueueBackend, QueueDefinition, WorkerOptions } from '@presswatch/domain';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { BullmqJobQueue } from './bullmq-job-queue.ts';
import { BullmqQueueWorker } from './bullmq-worker.ts';
import { consoleLogger, type QueueLogger } from './logger.ts';

export interface BullmqQueueOptions {
  redisUrl: string;
  /** Redis key prefix: separates deployments (and tests) sharing one Redis. */
  prefix?: string;
  /** Completed and failed jobs are kept this long, so their ids stay idempotent. */
  retentionMs?: number;
  /** A dead worker's job is recovered after about lockDurationMs + stalledIntervalMs. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  maxStalledCount?: number;
  /** Used by worker.close() when no deadline is given. */
  defaultCloseDeadlineMs?: number;
  logger?: QueueLogger;
}

const DEFAULTS = {
  prefix: 'presswatch',
  retentionMs: 7 * 24 * 60 * 60 * 1000,
  lockDurationMs: 30_000,
  stalledIntervalMs: 30_000,
  maxStalledCount: 1,
  defaultCloseDeadlineMs: 30_000,
};
const PING_TIMEOUT_MS = 2_000;

export function openBullmqQueueBackend(options: BullmqQueueOptions): QueueBackend {
  const settings = { ...DEFAULTS, ...definedOnly(options) };
  const logger = options.logger ?? consoleLogger;
  const redis = new Redis(options.redisUrl);
  redis.on('error', (error) => logger.warn({ err: error.message }, 'queue redis connection error'));
  const queues = new Map<string, { bull: Queue; port: JobQueue<unknown> }>();

  const queueFor = <P>(definition: QueueDefinition<P>): JobQueue<P> => {
    let entry = queues.get(definition.name);
    if (!entry) {
      const bull = new Queue(definition.name, { connection: redis, prefix: settings.prefix });
      bull.on('error', (error) => logger.warn({ queue: definition.name, err: error.message }, 'queue error'));
      const retentionSeconds = Math.ceil(settings.retentionMs / 1000);
      const port = new BullmqJobQueue(definition, bull, redis, retentionSeconds) as BullmqJobQueue<unknown>;
      entry = { bull, port };
      queues.set(definition.name, entry);
    }
    return entry.port as JobQueue<P>;
  };

  return {
    kind: 'bullmq',
    queue: queueFor,
    work<P>(definition: QueueDefinition<P>, handler: JobHandler<P>, workerOptions: WorkerOptions) {
      return new BullmqQueueWorker(definition, handler, {
        redisUrl: options.redisUrl,
        prefix: settings.prefix,
        concurrency: workerOptions.concurrency,
        lockDurationMs: settings.lockDurationMs,
        stalledIntervalMs: settings.stalledIntervalMs,
        maxStalledCount: settings.maxStalledCount,
        defaultDeadlineMs: settings.defaultCloseDeadlineMs,
        logger,
      });
    },
    async ping() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), PING_TIMEOUT_MS);
      });
      try {
        return (await Promise.race([redis.ping(), timeout])) === 'PONG';
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await Promise.all([...queues.values()].map(({ bull }) => bull.close()));
      queues.clear();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
