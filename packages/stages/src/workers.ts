// Wiring of the stage handlers onto the queue port, with their concurrency.
import {
  crawlQueue,
  fetchQueue,
  processQueue,
  type QueueBackend,
  type QueueWorker,
} from '@presswatch/domain';
import { createCrawlHandler } from './crawl-stage.ts';
import type { CrawlDeps, FetchDeps, ProcessDeps } from './deps.ts';
import { createFetchHandler } from './fetch-stage.ts';
import { createProcessHandler } from './process-stage.ts';

export function startCrawlWorker(backend: QueueBackend, deps: CrawlDeps, concurrency: number): QueueWorker {
  return backend.work(crawlQueue, createCrawlHandler(deps), { concurrency });
}

export function startFetchWorker(backend: QueueBackend, deps: FetchDeps, concurrency: number): QueueWorker {
  return backend.work(fetchQueue, createFetchHandler(deps), { concurrency });
}

export function startProcessWorker(
  backend: QueueBackend,
  deps: ProcessDeps,
  concurrency: number,
): QueueWorker {
  return backend.work(processQueue, createProcessHandler(deps), { concurrency });
}
