// The processor service: the process stage worker with its classifier (topics, province
// relevance, tone, summary), story clustering and alert-rule hook, registered for shutdown.
// Classification runs on the pure-stage pool (worker threads, packages/stages/src/pool) so it
// uses another core than the queue and SQLite work; the all-in-one process shares its pool with
// the crawler's extraction. Process jobs wait (no attempt spent) while the item store is
// unhealthy — e.g. the search engine is down — so an outage loses no item
// (services/scheduler/src/store-gate.ts).
import { resolve } from 'node:path';
import { deliverQueue, processQueue } from '@presswatch/domain';
import type { Runtime } from '@presswatch/platform';
import { createStoreGate, gatedBackend } from '@presswatch/scheduler';
import {
  classifyInputOf,
  createAlertHook,
  createClusterHook,
  type PureStages,
  pureStagesFor,
  startProcessWorker,
} from '@presswatch/stages';

export interface ProcessorOptions {
  /** Where extraction and classification run; default a pool of its own, closed at shutdown. */
  pureStages?: PureStages;
}

export function startProcessor(runtime: Runtime, options: ProcessorOptions = {}): void {
  const { config, logger, shutdown, adapters } = runtime;
  const { stores } = adapters;
  const log = logger.child({ service: 'processor' });
  const storeGate = createStoreGate(adapters.readiness, config.crawl.backpressure.checkMs, log);
  const queues = gatedBackend(adapters.queues, storeGate, [processQueue]);
  const pure = options.pureStages ?? ownPureStages(runtime);
  const cluster = createClusterHook({ clusters: stores.clusters });
  const alertHook = createAlertHook({
    rules: stores.rules,
    alerts: stores.alerts,
    webhooks: stores.webhooks,
    deliveries: stores.deliveries,
    activity: stores.activity,
    deliverQueue: queues.queue(deliverQueue),
    settings: config.notifier,
    logger: log,
  });
  const worker = startProcessWorker(
    queues,
    {
      sources: stores.sources,
      items: stores.items,
      search: stores.search,
      documents: stores.documents,
      logger: log,
      classify: (item, source) => pure.classify(classifyInputOf(item, source?.language)),
      cluster,
      afterStore: alertHook,
    },
    config.process.concurrency,
  );
  shutdown.register('process worker', 'workers', (left) => worker.close({ deadlineMs: left }));
  log.info('processor started');
}

/** The pure-stage pool with this runtime's classifier settings, closed after the workers. */
export function processorPureStages(runtime: Runtime): PureStages {
  const { topicsDir, gazetteerDir, workers } = runtime.config.process;
  return pureStagesFor(
    { classifier: { topicsDir: resolve(topicsDir), gazetteerDir: resolve(gazetteerDir) } },
    workers,
  );
}

function ownPureStages(runtime: Runtime): PureStages {
  const pure = processorPureStages(runtime);
  runtime.shutdown.register('pure-stage pool', 'queues', () => pure.close());
  return pure;
}
