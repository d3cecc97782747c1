// The crawler service: the scheduler plus the crawl and fetch workers, registered for shutdown.
import { crawlQueue, fetchQueue, processQueue } from '@presswatch/domain';
import type { Runtime } from '@presswatch/platform';
import { createScheduler, startCrawlWorker, startFetchWorker } from '@presswatch/stages';

export function startCrawler(runtime: Runtime, options: { scheduler?: boolean } = {}): void {
  const { config, logger, shutdown, adapters } = runtime;
  const { stores, queues } = adapters;
  const http = {
    userAgent: config.crawl.userAgent,
    timeoutMs: config.crawl.timeoutMs,
    maxBytes: config.crawl.maxBytes,
  };
  const log = logger.child({ service: 'crawler' });

  const crawlWorker = startCrawlWorker(
    queues,
    {
      sources: stores.sources,
      items: stores.items,
      queues: { fetch: queues.queue(fetchQueue) },
      http,
      logger: log,
    },
    config.crawl.crawlConcurrency,
  );
  shutdown.register('crawl worker', 'workers', (left) => crawlWorker.close({ deadlineMs: left }));

  const fetchWorker = startFetchWorker(
    queues,
    {
      sources: stores.sources,
      items: stores.items,
      documents: stores.documents,
      queues: { process: queues.queue(processQueue) },
      http,
      logger: log,
    },
    config.crawl.fetchConcurrency,
  );
  shutdown.register('fetch worker', 'workers', (left) => fetchWorker.close({ deadlineMs: left }));

  if (options.scheduler ?? true) {
    const scheduler = createScheduler({
      sources: stores.sources,
      crawl: queues.queue(crawlQueue),
      logger: log,
    });
    scheduler.start(config.crawl.schedulerTickMs);
    shutdown.register('scheduler', 'schedulers', () => scheduler.stop());
  }
  log.info('crawler started');
}
