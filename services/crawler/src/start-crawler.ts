// The crawler service: the scheduler plus the crawl and fetch workers, with what they share — one
// safe-fetch client (SSRF allowlist, keep-alive, per-host politeness), a lazily launched browser
// pool for `render: true` sources, and WebSub subscriptions when a public URL is configured.
// Crawl and fetch jobs wait while the process queue is deep (back-pressure, see
// services/scheduler/src/backpressure.ts); the scheduler runs here as a leader-elected task unless
// crawl.scheduler is `off` (then a `presswatch start scheduler` process schedules). Article
// extraction runs on the pure-stage pool (worker threads: another core than the queues' and
// SQLite's); the all-in-one process hands in the pool it shares with the processor.
import { crawlQueue, fetchQueue, processQueue } from '@presswatch/domain';
import { createBrowserPool, createHttpClient } from '@presswatch/ingest';
import type { Runtime } from '@presswatch/platform';
import { createBackpressureGate, gatedBackend, startScheduler } from '@presswatch/scheduler';
import {
  createHubSubscriber,
  type HubSubscriberService,
  type PureStages,
  pureStagesFor,
  startCrawlWorker,
  startFetchWorker,
} from '@presswatch/stages';

const WEBSUB_RENEW_EVERY_MS = 15 * 60_000;

export interface CrawlerOptions {
  /** Run the scheduler here; default when crawl.scheduler is leader-elected. */
  scheduler?: boolean;
  /** Where extraction runs; default a pool of its own, closed at shutdown. */
  pureStages?: PureStages;
}

export function startCrawler(runtime: Runtime, options: CrawlerOptions = {}): void {
  const { config, logger, shutdown, adapters } = runtime;
  const { stores } = adapters;
  const log = logger.child({ service: 'crawler' });
  const gate = createBackpressureGate(adapters.queues.queue(processQueue), config.crawl.backpressure, log);
  const queues = gatedBackend(adapters.queues, gate, [crawlQueue, fetchQueue]);
  const allow = [...config.crawl.allowHosts];
  const client = createHttpClient({
    allow,
    perHostConcurrency: config.crawl.perHostConcurrency,
    perHostDelayMs: config.crawl.perHostDelayMs,
    robots: { enabled: true, token: 'PressWatch' },
  });
  shutdown.register('http client', 'queues', () => client.close());
  const http = {
    userAgent: config.crawl.userAgent,
    timeoutMs: config.crawl.timeoutMs,
    maxBytes: config.crawl.maxBytes,
    client,
  };
  const browser = createBrowserPool({ userAgent: config.crawl.userAgent, allow });
  shutdown.register('browser pool', 'queues', () => browser.close());
  const websub = startWebSub(runtime, http, log);
  const pure = options.pureStages ?? ownPureStages(runtime);

  const crawlWorker = startCrawlWorker(
    queues,
    {
      sources: stores.sources,
      items: stores.items,
      aliases: stores.urlAliases,
      queues: { fetch: queues.queue(fetchQueue) },
      http,
      logger: log,
      unconditionalEvery: config.crawl.unconditionalEvery,
      ...(websub && { websub }),
    },
    config.crawl.crawlConcurrency,
  );
  shutdown.register('crawl worker', 'workers', (left) => crawlWorker.close({ deadlineMs: left }));

  const fetchWorker = startFetchWorker(
    queues,
    {
      sources: stores.sources,
      items: stores.items,
      aliases: stores.urlAliases,
      documents: stores.documents,
      queues: { process: queues.queue(processQueue) },
      http,
      logger: log,
      browser,
      extract: (input) => pure.extract(input),
    },
    config.crawl.fetchConcurrency,
  );
  shutdown.register('fetch worker', 'workers', (left) => fetchWorker.close({ deadlineMs: left }));

  if (options.scheduler ?? config.crawl.scheduler === 'leader-elected') {
    startScheduler(runtime).catch((error) => log.error({ err: error }, 'scheduler failed to start'));
  }
  log.info('crawler started');
}

function ownPureStages(runtime: Runtime): PureStages {
  const pure = pureStagesFor({}, runtime.config.process.workers);
  runtime.shutdown.register('pure-stage pool', 'queues', () => pure.close());
  return pure;
}

/** Push subscriptions need an address hubs can reach: without http.publicUrl we only poll. */
function startWebSub(
  runtime: Runtime,
  http: Parameters<typeof createHubSubscriber>[0]['http'],
  log: Runtime['logger'],
): HubSubscriberService | null {
  const { config, shutdown, adapters } = runtime;
  if (!config.http.publicUrl) return null;
  const subscriber = createHubSubscriber({
    subscriptions: adapters.stores.websub,
    http,
    publicUrl: config.http.publicUrl,
    logger: log,
  });
  const renew = setInterval(() => {
    subscriber
      .renewExpiring((id) => adapters.stores.sources.get(id))
      .catch((error) => {
        log.warn({ err: error }, 'websub renewal failed');
      });
  }, WEBSUB_RENEW_EVERY_MS);
  renew.unref();
  shutdown.register('websub renewal', 'schedulers', () => clearInterval(renew));
  return subscriber;
}
