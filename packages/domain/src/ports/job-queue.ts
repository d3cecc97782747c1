// The queue port. Every stage talks to queues through this file only; the SQLite adapter
// (embedded default) and the BullMQ adapter (distributed) both implement it and both pass
// tests/contracts/job-queue.contract.ts.
import type { ZodType } from 'zod';

export interface RetryPolicy {
  /** Total attempts including the first. */
  attempts: number;
  backoff: { type: 'exponential' | 'fixed'; delayMs: number };
}

export interface QueueDefinition<P> {
  /** Stable name: it is stored with every job, so never derive it from code identifiers. */
  name: string;
  schema: ZodType<P>;
  retry: RetryPolicy;
  /** A running job is aborted (and retried) after this long. */
  timeoutMs: number;
}

export interface EnqueueOptions {
  /** Idempotency key: adding a job whose id exists already is a no-op. */
  jobId?: string;
  delayMs?: number;
  /** Lower runs first; default 0. */
  priority?: number;
}

export interface EnqueueResult {
  jobId: string;
  /** False when a job with this id existed already. */
  added: boolean;
}

export const JOB_STATES = ['waiting', 'delayed', 'active', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobInfo<P> {
  id: string;
  queue: string;
  payload: P;
  state: JobState;
  /** Attempts started so far. */
  attempts: number;
  lastError: string | null;
}

export interface Job<P> {
  id: string;
  payload: P;
  /** 1 for the first run. */
  attempt: number;
  /** Aborted when the job times out or the worker is forced to stop. */
  signal: AbortSignal;
}

export type JobHandler<P> = (job: Job<P>) => Promise<void>;

export interface WorkerOptions {
  /** Jobs this worker runs at once. */
  concurrency: number;
}

export interface CloseOptions {
  /** Wait this long for running jobs; then abandon them (they will run again elsewhere). */
  deadlineMs?: number;
}

export interface QueueWorker {
  readonly queue: string;
  close(options?: CloseOptions): Promise<void>;
}

export interface JobQueue<P> {
  readonly name: string;
  enqueue(payload: P, options?: EnqueueOptions): Promise<EnqueueResult>;
  getJob(id: string): Promise<JobInfo<P> | null>;
  /**
   * Jobs per state. Also counts the finished jobs kept for retention, so it costs more as that
   * archive grows (on SQLite); a caller that wants only the work left should use depth().
   */
  counts(): Promise<Record<JobState, number>>;
  /**
   * The queue's depth: jobs not finished yet, i.e. waiting + delayed + active as counts() folds
   * them. That includes every state of work still to do: on BullMQ prioritized, paused and
   * waiting-children jobs count (as waiting). Completed and failed jobs never count, and reading
   * the depth does not touch them, so it stays cheap however many are kept (what back-pressure
   * reads about once a second).
   */
  depth(): Promise<number>;
}

/** A queue engine: makes producers and workers for queue definitions. */
export interface QueueBackend {
  readonly kind: 'sqlite' | 'bullmq';
  queue<P>(definition: QueueDefinition<P>): JobQueue<P>;
  work<P>(definition: QueueDefinition<P>, handler: JobHandler<P>, options: WorkerOptions): QueueWorker;
  /** True when the backend can take jobs (used by /readyz). */
  ping(): Promise<boolean>;
  /** Closes producers; close workers first. */
  close(): Promise<void>;
}
