// The crawl benchmark's process stage, as the processor service composes it (classifier, story
// clusters, alert rules), with its steps timed. Shared by the one-process layout
// (crawl.bench.ts) and the processor child of the two-process layout (crawl-processor.ts).
import { resolve } from 'node:path';
import { classifyDocument, loadClassifierModel } from '@presswatch/classify';
import { deliverQueue, type Item, type QueueBackend } from '@presswatch/domain';
import { createAlertHook, createClusterHook, type ProcessDeps } from '@presswatch/stages';
import type { SqliteStorage } from '@presswatch/storage-sqlite';
import type { StageClock } from './crawl-timing.ts';

export const CONCURRENCY = { crawl: 4, fetch: 8, process: 4 }; // config defaults (crawl.*, process.concurrency)
export const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** Everything the process handler needs, each step wrapped in `clock`. */
export function timedProcessDeps(
  storage: SqliteStorage,
  queues: QueueBackend,
  clock: StageClock,
): ProcessDeps {
  const alertHook = createAlertHook({
    ...storage,
    deliverQueue: queues.queue(deliverQueue),
    settings: { batchWindowMs: 5_000, maxAlertsPerMessage: 20 },
    logger: quiet,
  });
  return {
    sources: storage.sources,
    items: clock.timedItems(storage.items),
    search: clock.timedSearch(storage.search),
    documents: storage.documents,
    logger: quiet,
    classify: clock.time('classify', createClassifier()),
    cluster: clock.timeAsync('cluster', createClusterHook({ clusters: storage.clusters })),
    afterStore: clock.timeAsync('alert rules', alertHook),
  };
}

function createClassifier() {
  const model = loadClassifierModel({
    topicsDir: resolve('config/topics'),
    gazetteerDir: resolve('config/gazetteer'),
  });
  return (item: Item): Partial<Item> => {
    const result = classifyDocument(
      { id: item.id, title: item.title, text: item.text, lang: null, sourceLanguage: item.language },
      model,
    );
    return {
      language: result.lang ?? item.language,
      topics: result.topics
        .filter((t) => t.assigned)
        .map((t) => ({ topic: t.topic, score: t.score, matched: t.matched })),
      relevance: result.province.score,
      tone: result.tone,
      summary: result.summary || null,
    };
  };
}

/** Peak resident set size in MB, sampled every 50 ms until stop(). */
export function sampleRss(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024);
    },
  };
}
