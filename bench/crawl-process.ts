// The crawl benchmark's process stage, as the processor service composes it (classifier, story
// clusters, alert rules), with its steps timed. Shared by the one-process layout
// (crawl.bench.ts) and the processor child of the two-process layout (crawl-processor.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deliverQueue, type QueueBackend } from '@presswatch/domain';
import {
  classifyInputOf,
  createAlertHook,
  createClusterHook,
  inlinePureStages,
  type ProcessDeps,
  type PureStages,
  pooledPureStages,
} from '@presswatch/stages';
import type { SqliteStorage } from '@presswatch/storage-sqlite';
import type { StageClock } from './crawl-timing.ts';

export const CONCURRENCY = {
  crawl: 4,
  fetch: Number(process.env.BENCH_FETCH_CONCURRENCY ?? 8),
  process: Number(process.env.BENCH_PROCESS_CONCURRENCY ?? 8),
}; // config defaults (crawl.*, process.concurrency)
export const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Extraction and classification as the services run them: on a pool of worker threads
 * (BENCH_POOL=off: on the main thread, as before the pool; BENCH_POOL_SIZE overrides the size).
 */
export function benchPureStages(): PureStages {
  const settings = {
    classifier: { topicsDir: resolve('config/topics'), gazetteerDir: resolve('config/gazetteer') },
  };
  if (process.env.BENCH_POOL === 'off') return inlinePureStages(settings);
  const size = process.env.BENCH_POOL_SIZE ? Number(process.env.BENCH_POOL_SIZE) : undefined;
  return pooledPureStages({ ...settings, size });
}

/** Everything the process handler needs, each step wrapped in `clock`. */
export function timedProcessDeps(
  storage: SqliteStorage,
  queues: QueueBackend,
  clock: StageClock,
  pure: PureStages,
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
    classify: clock.timeAsync('classify', (item, source) =>
      pure.classify(classifyInputOf(item, source?.language)),
    ),
    cluster: clock.timeAsync('cluster', createClusterHook({ clusters: storage.clusters })),
    afterStore: clock.timeAsync('alert rules', alertHook),
  };
}

/**
 * CPU seconds of the calling thread alone (Linux /proc; null elsewhere): the main thread's share
 * says whether it or the pool bounds the throughput.
 */
export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ ticks
  } catch {
    return null;
  }
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
