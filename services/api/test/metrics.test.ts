// GET /metrics: Prometheus text with the expected series, for admins or the metrics token.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlQueue, type QueueBackend } from '@presswatch/domain';
import { createMetrics } from '@presswatch/platform';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexItems, startTestApi, type TestApi, testItem } from './support.ts';

const METRICS_TOKEN = 'metrics-scraper-token-0123456789';
let api: TestApi;
let queues: QueueBackend;
let queueDir: string;
const metrics = createMetrics({ processMetrics: false });

beforeAll(async () => {
  queueDir = mkdtempSync(join(tmpdir(), 'pw-metrics-queue-'));
  queues = openSqliteQueueBackend({ path: join(queueDir, 'queue.db'), logger: pino({ level: 'silent' }) });
  api = await startTestApi({ queues, metrics, metricsToken: METRICS_TOKEN });
  await indexItems(api.storage, [
    testItem('m1', '2026-11-01T00:00:00Z'),
    testItem('m2', '2026-11-01T01:00:00Z'),
  ]);
  await api.storage.sources.upsert({
    id: 'nguon-loi',
    name: 'Nguồn lỗi',
    url: 'https://loi.example/rss',
    kind: 'feed',
    render: false,
    country: 'vn',
    language: 'vi',
    domestic: true,
    minPollSeconds: 60,
    maxPollSeconds: 600,
    selectors: null,
    enabled: true,
  });
  const source = (await api.storage.sources.get('nguon-loi'))!;
  const failedAt = '2026-11-01T02:00:00.000Z';
  await api.storage.sources.saveState({
    ...source.state,
    lastFetchAt: failedAt,
    consecutiveErrors: 3,
    lastError: 'timeout',
  });
  await queues.queue(crawlQueue).enqueue({ sourceId: 'nguon-loi' });
});
afterAll(async () => {
  await api.close();
  await queues.close();
  rmSync(queueDir, { recursive: true, force: true });
});

describe('metrics', () => {
  it('exposes stored items, queue depths, source errors, HTTP latency and the named counters', async () => {
    await api.app.inject({ url: '/api/items', headers: api.bearer('viewer') });
    metrics.alertsOpened.inc({ kind: 'rule' });
    metrics.deliveries.inc({ format: 'json', outcome: 'delivered' });
    const response = await api.app.inject({ url: '/metrics', headers: api.bearer('admin') });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toMatch(/^presswatch_items_stored 2$/m);
    expect(text).toMatch(/^presswatch_queue_jobs\{queue="crawl",state="waiting"\} 1$/m);
    expect(text).toMatch(/^presswatch_queue_jobs\{queue="process",state="waiting"\} 0$/m);
    expect(text).toMatch(/^presswatch_source_consecutive_errors\{source="nguon-loi"\} 3$/m);
    expect(text).toMatch(/^presswatch_source_up\{source="nguon-loi"\} 0$/m);
    expect(text).toMatch(
      /^presswatch_http_request_duration_seconds_count\{method="GET",route="\/api\/items",status_code="200"\} 1$/m,
    );
    expect(text).toMatch(/^presswatch_alerts_opened_total\{kind="rule"\} 1$/m);
    expect(text).toMatch(/^presswatch_webhook_deliveries_total\{format="json",outcome="delivered"\} 1$/m);
    expect(text).toContain('# TYPE presswatch_stage_items_total counter');
  });

  it('lets the metrics token read /metrics and nothing else', async () => {
    const scrape = await api.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(scrape.statusCode).toBe(200);
    const other = await api.app.inject({
      url: '/api/items',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(other.statusCode).toBe(401);
    expect((await api.app.inject({ url: '/metrics', headers: api.bearer('press_officer') })).statusCode).toBe(
      403,
    );
    expect((await api.app.inject({ url: '/metrics' })).statusCode).toBe(401);
  });
});
