// The producer side of one BullMQ queue: enqueue (validated, idempotent by job id), look-ups.
import { randomUUID } from 'node:crypto';
import type {
  EnqueueOptions,
  EnqueueResult,
  JobInfo,
  JobQueue,
  JobState,
  QueueDefinition,
} from '@presswatch/domain';
import type { Job, JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { newJobName, portIdFromName, toBullJobId } from './job-ids.ts';
import { BULL_STATES, foldCounts, toJobState, UNFINISHED_BULL_STATES } from './states.ts';

/** BullMQ's highest priority number (lower runs first; 0 means "no priority", ahead of all). */
const PRIORITY_LIMIT = 2_097_152;

export class BullmqJobQueue<P> implements JobQueue<P> {
  readonly name: string;

  constructor(
    private readonly definition: QueueDefinition<P>,
    private readonly queue: Queue,
    private readonly redis: Redis,
    private readonly retentionSeconds: number,
  ) {
    this.name = definition.name;
  }

  async enqueue(payload: P, options: EnqueueOptions = {}): Promise<EnqueueResult> {
    // parse() throws a ZodError, so a bad payload rejects here and never reaches a worker.
    const value = this.definition.schema.parse(payload);
    const jobId = options.jobId ?? randomUUID();
    if (jobId === '') throw new RangeError('jobId must not be empty');
    const bullId = toBullJobId(jobId);
    const name = newJobName(jobId);
    await this.queue.add(name, value, this.jobOptions(bullId, options));
    // A duplicate add is a no-op in BullMQ that does not say so; the stored name carries the
    // nonce of whichever add created the job, which tells us, even under concurrent adds.
    const storedName = await this.redis.hget(this.queue.toKey(bullId), 'name');
    return { jobId, added: storedName === name };
  }

  async getJob(id: string): Promise<JobInfo<P> | null> {
    const bullId = toBullJobId(id);
    // The job hash and its state are two reads; a state read on both sides that agrees tells
    // that the hash belongs to that state (else a job failing meanwhile shows no error).
    for (let tries = 0; ; tries++) {
      const before = await this.queue.getJobState(bullId);
      const job: Job | undefined = await this.queue.getJob(bullId);
      const after = await this.queue.getJobState(bullId);
      const state = toJobState(after);
      if (!job || !state) return null;
      if (before === after || tries >= 3) return this.info(id, job, state);
    }
  }

  private info(id: string, job: Job, state: JobState): JobInfo<P> {
    return {
      id: portIdFromName(job.name, id),
      queue: this.name,
      payload: job.data as P,
      state,
      attempts: startedAttempts(job, state),
      lastError: job.failedReason || null,
    };
  }

  async counts(): Promise<Record<JobState, number>> {
    return foldCounts(await this.queue.getJobCounts(...BULL_STATES));
  }

  async depth(): Promise<number> {
    // One script call; each state is an O(1) LLEN or ZCARD in Redis.
    return this.queue.getJobCountByTypes(...UNFINISHED_BULL_STATES);
  }

  private jobOptions(jobId: string, options: EnqueueOptions): JobsOptions {
    const { retry } = this.definition;
    const priority = Math.min(PRIORITY_LIMIT, Math.max(0, Math.trunc(options.priority ?? 0)));
    return {
      jobId,
      delay: Math.max(0, options.delayMs ?? 0),
      priority: priority || undefined,
      attempts: Math.max(1, retry.attempts),
      backoff: { type: retry.backoff.type, delay: retry.backoff.delayMs },
      // Finished jobs stay for the retention, so their ids keep deduplicating meanwhile.
      removeOnComplete: { age: this.retentionSeconds },
      removeOnFail: { age: this.retentionSeconds },
    };
  }
}

/**
 * Attempts started: finished runs (attemptsMade) plus runs lost to a dead worker (stalls),
 * plus the run in progress. A RetryAfter rerun does not count (moveToDelayed skips the attempt).
 */
export function startedAttempts(job: Job, state: JobState): number {
  return job.attemptsMade + job.stalledCounter + (state === 'active' ? 1 : 0);
}
