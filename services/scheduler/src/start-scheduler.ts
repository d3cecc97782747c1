// The crawl scheduler as a single leader. Every process that calls this contends for the
// "crawl-scheduler" lease (always won in embedded mode); the leader ticks the scheduler, skipping
// ticks while back-pressure holds (the process queue is deep), and a follower takes over when the
// leader dies. `presswatch start scheduler` runs only this; the crawler runs it too unless
// crawl.scheduler is `off`.
import { crawlQueue, processQueue } from '@presswatch/domain';
import type { Runtime } from '@presswatch/platform';
import { createScheduler, type Scheduler } from '@presswatch/stages';
import { createBackpressureGate } from './backpressure.ts';
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
  election.run(gatedTicks(scheduler, gate, config.crawl.schedulerTickMs, log));
  log.info({ lease: SCHEDULER_LEASE, mode: config.mode }, 'scheduler contending for the lease');
}

/** The leader's task: a tick every tickMs, one at a time, none while the gate is closed. */
function gatedTicks(scheduler: Scheduler, gate: WorkGate, tickMs: number, log: Runtime['logger']) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      if (await gate.isOpen()) await scheduler.tick();
    })()
      .catch((error) => log.error({ err: error }, 'scheduler tick failed'))
      .finally(() => {
        running = null;
      });
  };
  return {
    start() {
      log.info('scheduling crawls (leader)');
      tick();
      timer = setInterval(tick, tickMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
      log.info('stopped scheduling crawls');
    },
  };
}
