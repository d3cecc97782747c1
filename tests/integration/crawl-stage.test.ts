// The crawl stage against the fixture web, a real SQLite store and a real SQLite queue:
// conditional GET, seen-URL dedupe, idempotent fetch jobs, and health on bad feeds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchQueue } from '@presswatch/domain';
import { createHttpClient, type HttpClient } from '@presswatch/ingest';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { createCrawlHandler } from '@presswatch/stages';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FixtureWeb, startFixtureWeb } from '../fixture-web/index.ts';
import { feedSource as source } from '../support/pipeline-world.ts';

const settings = { userAgent: 'PressWatch-test', timeoutMs: 5_000, maxBytes: 1_000_000 };

describe('crawl stage', () => {
  let web: FixtureWeb;
  let client: HttpClient;
  let dir: string;
  let storage: ReturnType<typeof openSqliteStorage>;
  let queues: ReturnType<typeof openSqliteQueueBackend>;
  let crawl: ReturnType<typeof createCrawlHandler>;
  const job = (sourceId: string, id = 'j1') => ({
    id,
    payload: { sourceId },
    attempt: 1,
    signal: new AbortController().signal,
  });

  beforeEach(async () => {
    web = await startFixtureWeb({ host: '127.0.0.1' });
    client = createHttpClient({ allow: [`127.0.0.1:${web.port}`], perHostDelayMs: 0 });
    dir = mkdtempSync(join(tmpdir(), 'pw-crawl-'));
    storage = openSqliteStorage({ path: join(dir, 'store.db') });
    queues = openSqliteQueueBackend({ path: join(dir, 'queue.db') });
    crawl = createCrawlHandler({
      sources: storage.sources,
      items: storage.items,
      queues: { fetch: queues.queue(fetchQueue) },
      http: { ...settings, client },
      logger: pino({ level: 'silent' }),
    });
  });

  afterEach(async () => {
    await queues.close();
    storage.close();
    await client.close();
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('enqueues one fetch job per entry, then nothing on a 304, then only the new entry', async () => {
    const feed = web.feeds.find((f) => f.format === 'rss' && f.language === 'vi')!;
    await storage.sources.upsert(source('s1', feed.url));
    const path = new URL(feed.url).pathname;
    const perFeed = web.articles.filter((a) => a.outlet === feed.name).length;

    await crawl(job('s1'));
    const afterFirst = await queues.queue(fetchQueue).counts();
    expect(afterFirst.waiting).toBe(perFeed);
    const state = (await storage.sources.get('s1'))!.state;
    expect(state).toMatchObject({ lastStatus: 200, consecutiveErrors: 0, itemsSeen: perFeed });
    expect(state.etag ?? state.lastModified).toBeTruthy();
    // The first poll learns a publishing rate from the entries' dates; the next poll follows it.
    expect(state.itemsPerDay).toBeGreaterThan(0);
    expect(state).toMatchObject({
      pollCount: 1,
      firstSuccessAt: state.lastFetchAt,
      lastNewItemAt: state.lastFetchAt,
    });

    await crawl(job('s1', 'j2'));
    expect(web.requests(path)).toBe(2);
    const afterNotModified = (await storage.sources.get('s1'))!.state;
    expect(afterNotModified).toMatchObject({
      lastStatus: 304,
      pollCount: 2,
      lastNewItemAt: state.lastNewItemAt,
    });
    expect((await queues.queue(fetchQueue).counts()).waiting).toBe(perFeed);

    web.addArticle(feed.name, {
      title: 'Một bài mới về cảng Cửa Việt',
      paragraphs: ['Cảng đón chuyến tàu đầu tiên.'],
    });
    await crawl(job('s1', 'j3'));
    expect((await queues.queue(fetchQueue).counts()).waiting).toBe(perFeed + 1);
  });

  it('does not enqueue entries whose item is stored already', async () => {
    const feed = web.feeds[0]!;
    await storage.sources.upsert(source('s1', feed.url));
    await crawl(job('s1'));
    const firstCount = (await queues.queue(fetchQueue).counts()).waiting;
    // A second source carrying the same feed: its entries map to the same item ids and job ids.
    await storage.sources.upsert(source('s2', feed.url));
    await crawl(job('s2'));
    expect((await queues.queue(fetchQueue).counts()).waiting).toBe(firstCount);
    expect((await storage.sources.get('s2'))!.state.itemsSeen).toBe(0);
  });

  it('marks a failing feed and an HTML page served as a feed unhealthy without throwing', async () => {
    await storage.sources.upsert(source('broken', web.brokenFeedUrl));
    await storage.sources.upsert(source('html', web.notAFeedUrl));
    await crawl(job('broken'));
    await crawl(job('broken', 'j2'));
    await crawl(job('html'));
    const broken = (await storage.sources.get('broken'))!.state;
    expect(broken).toMatchObject({ lastStatus: 500, consecutiveErrors: 2 });
    expect(broken.lastError).toMatch(/500/);
    const html = (await storage.sources.get('html'))!.state;
    expect(html.consecutiveErrors).toBe(1);
    expect(html.lastError).toMatch(/FeedParseError/);
    // Backoff: the next poll is further away after more errors.
    const brokenDelay = Date.parse(broken.nextPollAt!) - Date.parse(broken.lastFetchAt!);
    const htmlDelay = Date.parse(html.nextPollAt!) - Date.parse(html.lastFetchAt!);
    expect(brokenDelay).toBeGreaterThan(htmlDelay);
  });

  it('ignores a source that was disabled after scheduling', async () => {
    const feed = web.feeds[0]!;
    await storage.sources.upsert({ ...source('off', feed.url), enabled: false });
    await crawl(job('off'));
    expect(web.requests(new URL(feed.url).pathname)).toBe(0);
  });
});
