// The processor service: the process stage worker with its classifier (topics, province
// relevance, tone, summary), story clustering and alert-rule hook, registered for shutdown.
// Process jobs wait (no attempt spent) while the item store is unhealthy — e.g. the search engine
// is down — so an outage loses no item (services/scheduler/src/store-gate.ts).
import { resolve } from 'node:path';
import { classifyDocument, loadClassifierModel } from '@presswatch/classify';
import { deliverQueue, type Item, processQueue, type SourceWithState } from '@presswatch/domain';
import type { Runtime } from '@presswatch/platform';
import { createStoreGate, gatedBackend } from '@presswatch/scheduler';
import { createAlertHook, createClusterHook, startProcessWorker } from '@presswatch/stages';

export function startProcessor(runtime: Runtime): void {
  const { config, logger, shutdown, adapters } = runtime;
  const { stores } = adapters;
  const log = logger.child({ service: 'processor' });
  const storeGate = createStoreGate(adapters.readiness, config.crawl.backpressure.checkMs, log);
  const queues = gatedBackend(adapters.queues, storeGate, [processQueue]);
  const classify = createClassifier(config.process.topicsDir, config.process.gazetteerDir);
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
      classify,
      cluster,
      afterStore: alertHook,
    },
    config.process.concurrency,
  );
  shutdown.register('process worker', 'workers', (left) => worker.close({ deadlineMs: left }));
  log.info('processor started');
}

/** Loads the topic rules and gazetteer once; maps a classification onto the item's fields. */
function createClassifier(topicsDir: string, gazetteerDir: string) {
  const model = loadClassifierModel({ topicsDir: resolve(topicsDir), gazetteerDir: resolve(gazetteerDir) });
  return (item: Item, source: SourceWithState | null): Partial<Item> => {
    const result = classifyDocument(
      {
        id: item.id,
        title: item.title,
        text: item.text,
        lang: null,
        sourceLanguage: item.language ?? source?.language ?? null,
      },
      model,
    );
    return {
      language: result.lang ?? item.language,
      topics: result.topics
        .filter((topic) => topic.assigned)
        .map((topic) => ({ topic: topic.topic, score: topic.score, matched: topic.matched })),
      relevance: result.province.score,
      places: result.province.places,
      tone: result.tone,
      summary: result.summary || null,
    };
  };
}
