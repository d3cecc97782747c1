// The producer side of one SQLite queue: enqueue (validated, idempotent by job id), look-ups.
import { randomUUID } from 'node:crypto';
import {
  type EnqueueOptions,
  type EnqueueResult,
  JOB_STATES,
  type JobInfo,
  type JobQueue,
  type JobState,
  type QueueDefinition,
} from '@presswatch/domain';
import type { JobStore } from './job-store.ts';
import type { WriteBatch } from './write-batch.ts';

export class SqliteJobQueue<P> implements JobQueue<P> {
  readonly name: string;

  constructor(
    private readonly definition: QueueDefinition<P>,
    private readonly store: JobStore,
    private readonly writes: WriteBatch,
    /** Called after a new job's insert committed: wakes this process's workers of the queue. */
    private readonly onAdded: (queue: string) => void,
  ) {
    this.name = definition.name;
  }

  async enqueue(payload: P, options: EnqueueOptions = {}): Promise<EnqueueResult> {
    // parse() throws a ZodError, so a bad payload rejects here and never reaches a worker.
    const value = this.definition.schema.parse(payload);
    const jobId = options.jobId ?? randomUUID();
    if (jobId === '') throw new RangeError('jobId must not be empty');
    const delayMs = Math.max(0, options.delayMs ?? 0);
    const job = {
      queue: this.name,
      id: jobId,
      payload: JSON.stringify(value),
      maxAttempts: Math.max(1, this.definition.retry.attempts),
      priority: options.priority ?? 0,
      delayed: delayMs > 0,
    };
    // Resolves once the insert committed (with the other writes of this turn): the job is durable.
    const added = await this.writes.run(() => {
      const now = Date.now();
      return this.store.insert({ ...job, runAt: now + delayMs }, now);
    });
    if (added && delayMs === 0) this.onAdded(this.name);
    return { jobId, added };
  }

  async getJob(id: string): Promise<JobInfo<P> | null> {
    const row = this.store.get(this.name, id);
    if (!row) return null;
    return {
      id: row.id,
      queue: row.queue,
      payload: JSON.parse(row.payload) as P,
      state: row.state,
      attempts: row.attempts,
      lastError: row.last_error,
    };
  }

  async counts(): Promise<Record<JobState, number>> {
    const counts = Object.fromEntries(JOB_STATES.map((state) => [state, 0])) as Record<JobState, number>;
    for (const { state, n } of this.store.counts(this.name)) counts[state] = n;
    return counts;
  }

  async depth(): Promise<number> {
    return this.store.depth(this.name);
  }
}
