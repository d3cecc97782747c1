// Shared set-up of the source-kind integration tests: the fixture web, a safe-fetch client that
// allowlists loopback, and per test a SQLite store and queue in a temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FetchPayload, fetchQueue, itemIdFor, type JobInfo, processQueue } from '@presswatch/domain';
import { canonicalizeUrl, createHttpClient, type HttpClient } from '@presswatch/ingest';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { createCrawlHandler, createFetchHandler, type PageRenderer } from '@presswatch/stages';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type FixtureWeb, startFixtureWeb } from '../fixture-web/index.ts';

export const logger = pino({ level: 'silent' });

export { feedSource as source } from '../support/pipeline-world.ts';

export const job = <P>(payload: P, id = 'j1') => ({
  id,
  payload,
  attempt: 1,
  signal: new AbortController().signal,
});
export const idOf = (url: string) => itemIdFor(canonicalizeUrl(url));

export interface World {
  web: FixtureWeb;
  dir: string;
  http: { userAgent: string; timeoutMs: number; maxBytes: number; client: HttpClient };
  storage: ReturnType<typeof openSqliteStorage>;
  queues: ReturnType<typeof openSqliteQueueBackend>;
  crawler(extra?: Partial<Parameters<typeof createCrawlHandler>[0]>): ReturnType<typeof createCrawlHandler>;
  fetcher(browser?: PageRenderer): ReturnType<typeof createFetchHandler>;
  /** Fetch jobs waiting. */
  waiting(): Promise<number>;
  fetchJob(url: string): Promise<JobInfo<FetchPayload> | null>;
}

/** Registers the hooks; the returned world is filled in before each test. */
export function useWorld(): World {
  const world = {} as World;
  beforeAll(async () => {
    world.web = await startFixtureWeb();
    // Loopback is private: the tests allowlist it, and need no per-host delay.
    const client = createHttpClient({ allow: ['127.0.0.1'], perHostDelayMs: 0, perHostConcurrency: 8 });
    world.http = { userAgent: 'PressWatch-test', timeoutMs: 5_000, maxBytes: 1_000_000, client };
  });
  afterAll(async () => {
    world.http?.client.close();
    await world.web?.close();
  });
  beforeEach(() => {
    world.dir = mkdtempSync(join(tmpdir(), 'pw-kinds-'));
    world.storage = openSqliteStorage({ path: join(world.dir, 'store.db') });
    world.queues = openSqliteQueueBackend({ path: join(world.dir, 'queue.db') });
  });
  afterEach(async () => {
    await world.queues.close();
    world.storage.close();
    rmSync(world.dir, { recursive: true, force: true });
  });
  world.crawler = (extra = {}) =>
    createCrawlHandler({
      sources: world.storage.sources,
      items: world.storage.items,
      queues: { fetch: world.queues.queue(fetchQueue) },
      http: world.http,
      logger,
      ...extra,
    });
  world.fetcher = (browser) =>
    createFetchHandler({
      sources: world.storage.sources,
      items: world.storage.items,
      documents: world.storage.documents,
      queues: { process: world.queues.queue(processQueue) },
      http: world.http,
      logger,
      ...(browser ? { browser } : {}),
    });
  world.waiting = async () => (await world.queues.queue(fetchQueue).counts()).waiting;
  world.fetchJob = (url) => world.queues.queue(fetchQueue).getJob(`fetch-${idOf(url)}`);
  return world;
}
