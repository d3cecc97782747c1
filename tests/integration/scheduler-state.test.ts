// The scheduler pushes a due source's next poll past its minimum interval so it is not enqueued
// twice. A crawler may take the job and save what it found (validators, health, the real next
// poll) before the tick moves on: the tick must not then overwrite that newer state with the
// state it read before enqueueing. Real SQLite store and queue; the crawler's save is made the
// moment the job is enqueued, the tightest interleaving there is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CrawlPayload, crawlQueue, type JobQueue, type SourceRepository } from '@presswatch/domain';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { createScheduler } from '@presswatch/stages';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFeedSource } from '../support/pipeline-world.ts';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
let dir: string;
let storage: SqliteStorage;
let queues: ReturnType<typeof openSqliteQueueBackend>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-scheduler-'));
  storage = openSqliteStorage({ path: join(dir, 'store.db') });
  queues = openSqliteQueueBackend({ path: join(dir, 'queue.db'), logger: silent as never });
});
afterEach(async () => {
  await queues.close();
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real crawl queue, with a crawler that saves its result as soon as a job is enqueued. */
function withInstantCrawler(
  queue: JobQueue<CrawlPayload>,
  sources: SourceRepository,
): JobQueue<CrawlPayload> {
  return {
    ...queue,
    async enqueue(payload, options) {
      const result = await queue.enqueue(payload, options);
      const current = (await sources.get(payload.sourceId))!;
      await sources.saveState({
        ...current.state,
        etag: '"v2"',
        lastStatus: 200,
        nextPollAt: '2030-01-01T00:00:00.000Z',
      });
      return result;
    },
  };
}

describe('scheduler tick', () => {
  it('enqueues a due source once and keeps the state its crawl saved meanwhile', async () => {
    await storage.sources.upsert(fixtureFeedSource('fx-feed', 'http://127.0.0.1:9/feed.xml'));
    const crawl = queues.queue(crawlQueue);
    const scheduler = createScheduler({
      sources: storage.sources,
      crawl: withInstantCrawler(crawl, storage.sources),
      logger: silent,
      now: () => new Date('2026-11-26T08:00:00.000Z'),
    });
    expect(await scheduler.tick()).toBe(1);
    const state = (await storage.sources.get('fx-feed'))!.state;
    expect(state.etag).toBe('"v2"');
    expect(state.nextPollAt).toBe('2030-01-01T00:00:00.000Z');
    expect((await crawl.counts()).waiting).toBe(1);
  });

  it('pushes the next poll past the minimum interval before the job can run', async () => {
    await storage.sources.upsert(fixtureFeedSource('fx-feed', 'http://127.0.0.1:9/feed.xml'));
    const crawl = queues.queue(crawlQueue);
    const at = new Date('2026-11-26T08:00:00.000Z');
    const scheduler = createScheduler({ sources: storage.sources, crawl, logger: silent, now: () => at });
    expect(await scheduler.tick()).toBe(1);
    expect((await storage.sources.get('fx-feed'))!.state.nextPollAt).toBe('2026-11-26T08:00:01.000Z');
    expect(await scheduler.tick()).toBe(0);
  });

  it('moves only the next poll: a state saved between the due list and the hold is kept', async () => {
    await storage.sources.upsert(fixtureFeedSource('fx-feed', 'http://127.0.0.1:9/feed.xml'));
    const at = new Date('2026-11-26T08:00:00.000Z');
    // A crawl still running from an earlier slot saves what it found right after the tick read.
    const sources: SourceRepository = {
      ...storage.sources,
      async listDue(now, limit) {
        const due = await storage.sources.listDue(now, limit);
        await storage.sources.saveState({ ...due[0]!.state, etag: '"v3"', itemsSeen: 9 });
        return due;
      },
    };
    const scheduler = createScheduler({
      sources,
      crawl: queues.queue(crawlQueue),
      logger: silent,
      now: () => at,
    });
    expect(await scheduler.tick()).toBe(1);
    const state = (await storage.sources.get('fx-feed'))!.state;
    expect(state).toMatchObject({ etag: '"v3"', itemsSeen: 9, nextPollAt: '2026-11-26T08:00:01.000Z' });
  });
});
