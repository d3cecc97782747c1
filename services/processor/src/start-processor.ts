// The processor service: the process stage worker, registered for shutdown.
import type { Runtime } from '@presswatch/platform';
import { startProcessWorker } from '@presswatch/stages';

export function startProcessor(runtime: Runtime): void {
  const { config, logger, shutdown, adapters } = runtime;
  const { stores, queues } = adapters;
  const log = logger.child({ service: 'processor' });
  const worker = startProcessWorker(
    queues,
    {
      sources: stores.sources,
      items: stores.items,
      search: stores.search,
      documents: stores.documents,
      logger: log,
    },
    config.process.concurrency,
  );
  shutdown.register('process worker', 'workers', (left) => worker.close({ deadlineMs: left }));
  log.info('processor started');
}
