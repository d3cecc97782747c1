// The crawl scheduler as a single leader. Every process that calls this contends for the
// "crawl-scheduler" lease (always won in embedded mode); the leader ticks the scheduler, skipping
// ticks while back-pressure holds (the process queue is deep), and a follower takes over when the
// leader dies. `presswatch start scheduler` runs only this; the crawler runs it too unless
// crawl.scheduler is `off`. The leader also sweeps fetched documents that failed jobs left behind
// (document-janitor.ts).
import { crawlQueue, type LeaderTask, processQueue } from '@presswatch/domain';
import type { Runtime } from '@presswatch/platform';
import { createScheduler, type Scheduler } from '@presswatch/stages';
import { createBackpressureGate } from './backpressure.ts';
import { DOCUMENT_SWEEP_EVERY_MS, sweepOrphanDocuments } from './document-janitor.ts';
import { allTasks, periodicTask } from './periodic-task.ts';
import type { WorkGate } from './work-gate.ts';

export const SCHEDULER_LEASE = 'crawl-scheduler';

export async function startScheduler(runtime: Runtime): Promise<void> {
  const { config, logger, shutdown, adapters } = runtime;
  const log = logger.child({ service: 'scheduler' });
  const election = await adapters.leaderElection(SCHEDULER_LEASE);
  shutdown.register('scheduler lease', 'schedulers', () => election.close());
  const gate = createBackpressureGate(adapters.queues.queue(processQueue), config.crawl.backpressure, log);
  const scheduler = createScheduler({
    sources: adapters.stores.sources,
    crawl: adapters.queues.queue(crawlQueue),
    logger: log,
  });
  const janitor = periodicTask(
    'orphaned document sweep',
    () => sweepOrphanDocuments(adapters.stores.documents, log),
    DOCUMENT_SWEEP_EVERY_MS,
    log,
  );
  election.run(allTasks(gatedTicks(scheduler, gate, config.crawl.schedulerTickMs, log), janitor));
  log.info({ lease: SCHEDULER_LEASE, mode: config.mode }, 'scheduler contending for the lease');
}

/** A scheduler tick every tickMs, none while the gate is closed. */
function gatedTicks(
  scheduler: Scheduler,
  gate: WorkGate,
  tickMs: number,
  log: Runtime['logger'],
): LeaderTask {
  const tick = async () => {
    if (await gate.isOpen()) await scheduler.tick();
  };
  return periodicTask('scheduling crawls', tick, tickMs, log);
}
