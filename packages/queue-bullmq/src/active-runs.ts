// The jobs a BullMQ worker of ours is running, so that close() past its deadline can give them
// back. BullMQ's own force-close leaves a job locked until its lock expires and then counts it
// as stalled; moving it back to wait instead frees it at once and costs no attempt, like the
// SQLite adapter's lease release.
import { errorMessage } from '@presswatch/domain';
import type { Job } from 'bullmq';
import type { QueueLogger } from './logger.ts';

export interface ActiveRun {
  readonly job: Job;
  readonly token: string | undefined;
  /** Aborted when the run is abandoned. */
  readonly controller: AbortController;
  /** Resolves when the run is abandoned: the processor stops waiting for the handler. */
  readonly abandonedPromise: Promise<void>;
  abandoned: boolean;
}

export class ActiveRuns {
  private readonly runs = new Map<ActiveRun, () => void>();

  begin(job: Job, token: string | undefined): ActiveRun {
    let resolve!: () => void;
    const abandonedPromise = new Promise<void>((r) => {
      resolve = r;
    });
    const run: ActiveRun = {
      job,
      token,
      controller: new AbortController(),
      abandonedPromise,
      abandoned: false,
    };
    this.runs.set(run, resolve);
    return run;
  }

  end(run: ActiveRun): void {
    this.runs.delete(run);
  }

  /** Moves every running job back to wait, then aborts its signal and releases its processor. */
  async abandonAll(logger: QueueLogger): Promise<void> {
    const abandon = async ([run, release]: [ActiveRun, () => void]) => {
      // Flag first, so a handler finishing right now does not try to complete the job.
      run.abandoned = true;
      try {
        await run.job.moveToWait(run.token);
      } catch (error) {
        // The job finished or lost its lock meanwhile; the stalled checker covers the rest.
        logger.warn({ jobId: run.job.id, err: errorMessage(error) }, 'could not give an abandoned job back');
      }
      run.controller.abort(new Error('worker closed before the job finished'));
      release();
    };
    await Promise.all([...this.runs].map(abandon));
  }
}
