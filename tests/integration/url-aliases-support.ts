// Set-up of the URL alias tests: the alias fixture web (several host names, all 127.0.0.1 through
// an injected resolver), a SQLite store and queue in a temp dir, and the crawl → fetch → process
// pipeline run by real queue workers with the url-aliases port wired in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FetchPayload, fetchQueue, type Item, processQueue, type QueueWorker } from '@presswatch/domain';
import { createHttpClient, type HttpClient } from '@presswatch/ingest';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { createCrawlHandler, startFetchWorker, startProcessWorker } from '@presswatch/stages';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type AliasWeb, startAliasWeb } from '../fixture-web/aliases/server.ts';
import { feedSource } from '../support/pipeline-world.ts';
import { waitFor } from '../support/wait.ts';

const logger = pino({ level: 'silent' });

export interface AliasWorld {
  web: AliasWeb;
  storage: ReturnType<typeof openSqliteStorage>;
  /** Registers a feed source. */
  addFeed(id: string, url: string): Promise<void>;
  /** Crawls the source, then waits until every fetch and process job has run. */
  crawlAndSettle(sourceId: string): Promise<void>;
  /** Enqueues one fetch job as a discoverer would, then waits until the pipeline is idle. */
  fetchAndSettle(payload: FetchPayload): Promise<void>;
  items(): Promise<Item[]>;
}

export function useAliasWorld(): AliasWorld {
  const world = {} as AliasWorld;
  let client: HttpClient;
  let dir: string;
  let queues: ReturnType<typeof openSqliteQueueBackend>;
  let workers: QueueWorker[] = [];

  beforeAll(async () => {
    world.web = await startAliasWeb();
    client = createHttpClient({
      allow: ['127.0.0.1'],
      resolver: world.web.resolver,
      perHostDelayMs: 0,
      perHostConcurrency: 4,
    });
  });
  afterAll(async () => {
    client?.close();
    await world.web?.close();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-aliases-'));
    world.storage = openSqliteStorage({ path: join(dir, 'store.db') });
    queues = openSqliteQueueBackend({ path: join(dir, 'queue.db'), pollIntervalMs: 20 });
    const { items, documents, sources, search, urlAliases: aliases } = world.storage;
    const http = { userAgent: 'PressWatch-test', timeoutMs: 5_000, maxBytes: 1_000_000, client };
    const fetchDeps = { sources, items, documents, aliases, http, logger };
    workers = [
      startFetchWorker(queues, { ...fetchDeps, queues: { process: queues.queue(processQueue) } }, 2),
      startProcessWorker(queues, { sources, items, search, documents, logger }, 1),
    ];
    const crawl = createCrawlHandler({
      sources,
      items,
      aliases,
      queues: { fetch: queues.queue(fetchQueue) },
      http,
      logger,
    });
    world.fetchAndSettle = async (payload) => {
      await queues.queue(fetchQueue).enqueue(payload, { jobId: `fetch-${payload.itemId}` });
      await settle();
    };
    world.crawlAndSettle = async (sourceId) => {
      await crawl({
        id: `crawl-${sourceId}`,
        payload: { sourceId },
        attempt: 1,
        signal: new AbortController().signal,
      });
      await settle();
    };
  });
  afterEach(async () => {
    for (const worker of workers) await worker.close({ deadlineMs: 2_000 });
    await queues.close();
    world.storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function settle(): Promise<void> {
    const busy = async () => {
      const [f, p] = await Promise.all([
        queues.queue(fetchQueue).counts(),
        queues.queue(processQueue).counts(),
      ]);
      return f.waiting + f.active + f.delayed + p.waiting + p.active + p.delayed;
    };
    await waitFor('fetch and process queues to drain', async () => (await busy()) === 0, 20_000, 25);
  }

  world.addFeed = (id, url) => world.storage.sources.upsert(feedSource(id, url));
  world.items = async () => {
    const result = await world.storage.search.search({ query: null, limit: 100 });
    return result.hits.map((hit) => hit.item);
  };
  return world;
}
