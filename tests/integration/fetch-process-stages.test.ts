// The fetch and process stages against the fixture web and a real SQLite store and queue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { itemIdFor, processQueue, UnrecoverableJobError } from '@presswatch/domain';
import { canonicalizeUrl, createHttpClient, type HttpClient } from '@presswatch/ingest';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { createFetchHandler, createProcessHandler } from '@presswatch/stages';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FixtureWeb, startFixtureWeb } from '../fixture-web/index.ts';
import { feedSource } from '../support/pipeline-world.ts';

const logger = pino({ level: 'silent' });
const settings = { userAgent: 'PressWatch-test', timeoutMs: 5_000, maxBytes: 1_000_000 };
const signal = new AbortController().signal;

describe('fetch and process stages', () => {
  let web: FixtureWeb;
  let client: HttpClient;
  let dir: string;
  let storage: ReturnType<typeof openSqliteStorage>;
  let queues: ReturnType<typeof openSqliteQueueBackend>;

  beforeEach(async () => {
    web = await startFixtureWeb({ host: '127.0.0.1' });
    client = createHttpClient({ allow: [`127.0.0.1:${web.port}`], perHostDelayMs: 0 });
    dir = mkdtempSync(join(tmpdir(), 'pw-fetch-'));
    storage = openSqliteStorage({ path: join(dir, 'store.db') });
    queues = openSqliteQueueBackend({ path: join(dir, 'queue.db') });
    await storage.sources.upsert(feedSource('s1', web.feeds[0]!.url, { name: 'Báo thử' }));
  });

  afterEach(async () => {
    await queues.close();
    storage.close();
    await client.close();
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fetchHandler = () =>
    createFetchHandler({
      sources: storage.sources,
      items: storage.items,
      documents: storage.documents,
      queues: { process: queues.queue(processQueue) },
      http: { ...settings, client },
      logger,
    });
  const processHandler = () =>
    createProcessHandler({
      sources: storage.sources,
      items: storage.items,
      search: storage.search,
      documents: storage.documents,
      logger,
    });
  const payloadFor = (url: string) => {
    const canonicalUrl = canonicalizeUrl(url);
    return { sourceId: 's1', url, canonicalUrl, itemId: itemIdFor(canonicalUrl), hints: null };
  };

  it('fetches, extracts, stores the document, and the process stage makes it a searchable item once', async () => {
    const article = web.articles.find((a) => a.language === 'vi')!;
    const payload = payloadFor(article.feedLink);
    await fetchHandler()({ id: 'f1', payload, attempt: 1, signal });
    const document = await storage.documents.get(payload.itemId);
    expect(document?.title).toBeTruthy();
    expect(document?.text.length).toBeGreaterThan(100);
    expect((await queues.queue(processQueue).counts()).waiting).toBe(1);

    const process = processHandler();
    await process({ id: 'p1', payload: { documentId: payload.itemId }, attempt: 1, signal });
    await process({ id: 'p1', payload: { documentId: payload.itemId }, attempt: 2, signal });
    expect(await storage.items.count()).toBe(1);
    const item = await storage.items.get(payload.itemId);
    expect(item).toMatchObject({ sourceId: 's1', sourceName: 'Báo thử', language: 'vi', country: 'vn' });
    expect(await storage.documents.get(payload.itemId)).toBeNull();

    // A duplicate fetch job for a stored item does nothing.
    const before = web.requests(new URL(article.url).pathname);
    await fetchHandler()({ id: 'f2', payload, attempt: 1, signal });
    expect(web.requests(new URL(article.url).pathname)).toBe(before);
  });

  it('fails a job for good when the article is gone (404)', async () => {
    const payload = payloadFor(`${web.url}/quang-tri-moi/khong-co-bai-nay.html`);
    await expect(fetchHandler()({ id: 'f1', payload, attempt: 1, signal })).rejects.toBeInstanceOf(
      UnrecoverableJobError,
    );
    expect(await storage.documents.get(payload.itemId)).toBeNull();
  });
});
