// A worker of the SQLite queue: claims due jobs up to its concurrency, keeps their leases alive
// with a heartbeat while they run, and sleeps between polls unless an in-process enqueue or a
// finished job wakes it. Jobs of a worker that dies are recovered by any other worker (in this
// or another process) once their lease expires. Claims and outcomes go through the write batch
// (write-batch.ts), so they share a commit with the other queue writes of their turn; a slot is
// freed once its job's outcome committed.
import { randomUUID } from 'node:crypto';
import { type CloseOptions, errorMessage, type QueueWorker } from '@presswatch/domain';
import type { JobRow } from './job-store.ts';
import { type RunContext, type RunningJob, runJob } from './run-job.ts';

export interface WorkerSettings {
  concurrency: number;
  pollIntervalMs: number;
  leaseMs: number;
  /** Used when close() is called without a deadline. */
  defaultDeadlineMs: number;
  /** Called once per poll: opportunistic housekeeping (pruning old rows). */
  onPoll: () => void;
}

export class SqliteQueueWorker<P> implements QueueWorker {
  readonly queue: string;
  private readonly running = new Map<string, { run: RunningJob; done: Promise<void> }>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly loopDone: Promise<void>;
  private stopping = false;
  private woken = false;
  private wakeUp: (() => void) | null = null;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly ctx: RunContext<P>,
    private readonly settings: WorkerSettings,
    private readonly onClosed: () => void,
  ) {
    if (!Number.isInteger(settings.concurrency) || settings.concurrency < 1) {
      throw new RangeError(`concurrency must be a positive integer, got ${settings.concurrency}`);
    }
    this.queue = ctx.definition.name;
    this.heartbeat = setInterval(() => this.renewLeases(), Math.max(10, settings.leaseMs / 3));
    this.loopDone = this.loop();
  }

  /** Ends the current sleep at once (a job was enqueued in this process, or a slot freed). */
  wake(): void {
    if (this.wakeUp) this.wakeUp();
    else this.woken = true;
  }

  close(options: CloseOptions = {}): Promise<void> {
    this.closing ??= this.shutdown(options.deadlineMs ?? this.settings.defaultDeadlineMs);
    return this.closing;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        this.settings.onPoll();
        await this.fill();
      } catch (error) {
        // SQLITE_BUSY past busy_timeout and the like: try again on the next poll.
        this.ctx.logger.error({ queue: this.queue, err: errorMessage(error) }, 'queue poll failed');
      }
      await this.sleep(this.settings.pollIntervalMs);
    }
  }

  /** Claims a job per free slot, in the shared transaction of this turn (write-batch.ts). */
  private async fill(): Promise<void> {
    if (this.stopping) return;
    const free = this.settings.concurrency - this.running.size;
    if (free <= 0) return;
    const tokens = Array.from({ length: free }, () => randomUUID());
    const { store, writes } = this.ctx;
    const rows = await writes.run(() =>
      store.claimMany(this.queue, tokens, Date.now(), this.settings.leaseMs),
    );
    // Started even if close() began meanwhile: the rows are ours now, and shutdown drains them.
    for (const [i, row] of rows.entries()) this.start(row, tokens[i]!);
  }

  private start(row: JobRow, token: string): void {
    const run: RunningJob = {
      lease: { queue: row.queue, id: row.id, token },
      controller: new AbortController(),
      detached: false,
    };
    const done = runJob(this.ctx, row, run)
      .catch((error) => {
        this.ctx.logger.error(
          { queue: this.queue, jobId: row.id, err: errorMessage(error) },
          'job run crashed',
        );
      })
      .finally(() => {
        this.running.delete(token);
        this.wake();
      });
    this.running.set(token, { run, done });
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wakeUp = finish;
    });
  }

  /** One transaction for the whole heartbeat; a lease found lost aborts its job. */
  private renewLeases(): void {
    const runs = [...this.running.values()].map(({ run }) => run).filter((run) => !run.detached);
    let renewed: boolean[];
    try {
      renewed = this.ctx.store.renewMany(
        runs.map((run) => run.lease),
        Date.now(),
        this.settings.leaseMs,
      );
    } catch (error) {
      // Transient (busy): the leases are still ours until they expire; try on the next beat.
      this.ctx.logger.warn({ queue: this.queue, err: errorMessage(error) }, 'lease renewal failed');
      return;
    }
    runs.forEach((run, i) => {
      if (renewed[i]) return;
      run.detached = true;
      run.controller.abort(new Error('job lease lost: another worker took the job over'));
      this.ctx.logger.warn({ queue: this.queue, jobId: run.lease.id }, 'job lease lost');
    });
  }

  private async shutdown(deadlineMs: number): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loopDone;
    const drained = await waitFor(
      Promise.all([...this.running.values()].map((entry) => entry.done)),
      deadlineMs,
    );
    if (!drained) this.abandonRunning();
    clearInterval(this.heartbeat);
    this.onClosed();
  }

  /**
   * Past the close deadline: give every running job back (state waiting, attempt refunded — the
   * job did nothing wrong) and abort its signal. Whatever the handler does afterwards is ignored.
   */
  private abandonRunning(): void {
    const now = Date.now();
    for (const { run } of this.running.values()) {
      if (run.detached) continue;
      run.detached = true;
      try {
        this.ctx.store.release(run.lease, now);
      } catch (error) {
        // The lease will expire instead, and the job is recovered then.
        this.ctx.logger.warn({ queue: this.queue, err: errorMessage(error) }, 'lease release failed');
      }
      run.controller.abort(new Error('worker closed before the job finished'));
    }
  }
}

/** True when `promise` settled within `ms`. */
async function waitFor(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
