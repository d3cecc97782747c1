// Test helpers: items and rules with defaults, a fresh SQLite store and queue in a temp folder,
// a local HTTP receiver that records what it gets, and a quiet logger.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AlertRule, Item, QueueBackend, WebhookSubscription } from '@presswatch/domain';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { emptyFilters } from '../src/index.ts';

export const quietLogger = { debug() {}, info() {}, warn() {}, error() {} };

let counter = 0;

export function makeItem(overrides: Partial<Item> = {}): Item {
  counter++;
  const id = overrides.id ?? `item-${counter}`;
  return {
    id,
    url: `https://news.example.vn/${id}`,
    canonicalUrl: `https://news.example.vn/${id}`,
    sourceId: 'bao-a',
    sourceName: 'Báo A',
    title: 'Tin tức trong ngày',
    byline: null,
    publishedAt: '2026-03-10T02:00:00.000Z',
    fetchedAt: '2026-03-10T02:05:00.000Z',
    language: 'vi',
    country: 'vn',
    domestic: true,
    text: 'Nội dung bài viết.',
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
    ...overrides,
  };
}

export function makeRule(overrides: Partial<AlertRule> = {}): AlertRule {
  counter++;
  return {
    id: overrides.id ?? `rule-${counter}`,
    name: 'Cửa khẩu',
    ownerId: null,
    query: '"Lao Bảo"',
    filters: emptyFilters(),
    minScore: null,
    onePerCluster: true,
    quietHours: null,
    channels: [],
    spikeAlerts: false,
    enabled: true,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  };
}

export function makeSubscription(overrides: Partial<WebhookSubscription> = {}): WebhookSubscription {
  counter++;
  return {
    id: overrides.id ?? `wh-${counter}`,
    name: 'Nhóm báo chí',
    url: 'http://127.0.0.1:9/hook',
    format: 'json',
    secret: 'whsec_test_secret',
    telegramChatId: null,
    topics: [],
    ratePerMinute: 600,
    locale: 'vi',
    enabled: true,
    ownerId: null,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  };
}

export interface TempStores {
  storage: SqliteStorage;
  queues: QueueBackend;
  cleanup(): Promise<void>;
}

export function tempStores(): TempStores {
  const dir = mkdtempSync(join(tmpdir(), 'pw-alerts-'));
  const storage = openSqliteStorage({ path: join(dir, 'store.db') });
  const queues = openSqliteQueueBackend({ path: join(dir, 'queue.db'), logger: quietLogger });
  return {
    storage,
    queues,
    async cleanup() {
      await queues.close();
      storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  url: string;
  received: ReceivedRequest[];
  /** Status codes to answer, in order; 200 once they run out. */
  answers: number[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that records every request with its raw body. */
export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const answers: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.statusCode = answers.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answers,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A job for calling a handler directly. */
export function jobOf<P>(payload: P, id = 'job-1') {
  return { id, payload, attempt: 1, signal: new AbortController().signal };
}
