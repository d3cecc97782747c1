// The source kinds beyond RSS/Atom: sitemap parsing (a 50,000-URL urlset, plain and gzip'd, then
// the recent-entry choice), listing pages read with selectors, browser rendering through the pool
// (Debian chromium, cold start, then pages/s at 1 and 2 pages at once) and WebSub deliveries
// (signed push → verify → parse → enqueue into a SQLite queue, through the Fastify route).
// Env BENCH_SITEMAP_URLS (default 50000), BENCH_RENDERS (default 20), BENCH_PUSHES (default 200).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fetchQueue } from '@presswatch/domain';
import {
  createBrowserPool,
  DEFAULT_CHROMIUM_PATH,
  parseListing,
  parseSitemap,
  selectRecentEntries,
  signHubBody,
  sitemapText,
} from '@presswatch/ingest';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { pino } from 'pino';
import { createWebSubCallbacks } from '../packages/stages/src/websub-stage.ts';
import { createWebSubRepository } from '../packages/storage-sqlite/src/repositories/websub.ts';
import websubRoutes from '../services/api/src/routes/websub.ts';
import { RENDER_PATHS } from '../tests/fixture-web/extra/index.ts';
import { startFixtureWeb } from '../tests/fixture-web/index.ts';
import { feedSource } from '../tests/support/pipeline-world.ts';
import { percentile, printTable, writeResult } from './support.ts';

const SITEMAP_URLS = Number(process.env.BENCH_SITEMAP_URLS ?? 50_000);
const RENDERS = Number(process.env.BENCH_RENDERS ?? 20);
const PUSHES = Number(process.env.BENCH_PUSHES ?? 200);
const rows: Record<string, string | number>[] = [];

function timed<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

function benchSitemap(): void {
  const now = new Date();
  const urls = Array.from({ length: SITEMAP_URLS }, (_, i) => {
    const lastmod = new Date(now.getTime() - i * 600_000).toISOString();
    return `<url><loc>https://tin.example/thoi-su/bai-so-${i}.html</loc><lastmod>${lastmod}</lastmod><image:image><image:loc>https://tin.example/anh/${i}.jpg</image:loc></image:image></url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">${urls.join('\n')}</urlset>`;
  const bytes = Buffer.from(xml);
  const gz = gzipSync(bytes);
  parseSitemap(xml, 'https://tin.example/sitemap.xml'); // warm-up
  const plain = timed(() =>
    parseSitemap(sitemapText(bytes, 'https://tin.example/s.xml', 100e6), 'https://tin.example/s.xml'),
  );
  const gzipped = timed(() =>
    parseSitemap(sitemapText(gz, 'https://tin.example/s.xml.gz', 100e6), 'https://tin.example/s.xml.gz'),
  );
  const entries = plain.value.kind === 'urlset' ? plain.value.entries : [];
  const recent = timed(() => selectRecentEntries(entries, { now, maxAgeDays: 2, limit: 1000 }));
  rows.push(
    {
      what: `sitemap ${SITEMAP_URLS} URLs (${(bytes.length / 1e6).toFixed(1)} MB)`,
      ms: plain.ms.toFixed(0),
      rate: `${Math.round(entries.length / (plain.ms / 1000))} URLs/s`,
    },
    {
      what: `same, gzip'd (${(gz.length / 1e6).toFixed(2)} MB)`,
      ms: gzipped.ms.toFixed(0),
      rate: `${Math.round(SITEMAP_URLS / (gzipped.ms / 1000))} URLs/s`,
    },
    { what: `recent choice (2 days → ${recent.value.length} kept)`, ms: recent.ms.toFixed(1), rate: '' },
  );
}

function benchListing(): void {
  const stories = Array.from(
    { length: 60 },
    (_, i) =>
      `<article class="story"><h3><a href="/thoi-su/bai-${i}.html?utm_source=home">Tin số ${i} về cảng Cửa Việt</a></h3><p class="sapo">Tóm tắt ${i}</p><div class="meta"><time>3${i % 2}/07/2025 0${i % 10}:15</time></div></article>`,
  );
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin mới</title></head><body><nav>${'<a href="/x">Mục</a>'.repeat(40)}</nav><main>${stories.join('\n')}</main><aside>${'<p>Quảng cáo</p>'.repeat(30)}</aside></body></html>`;
  const selectors = { item: 'article.story', link: 'h3 a', title: 'h3', date: '.meta time' };
  const runs = 200;
  const { ms } = timed(() => {
    for (let i = 0; i < runs; i++) parseListing(html, 'https://tin.example/tin-moi', selectors);
  });
  rows.push({
    what: `listing page, 60 stories (${(html.length / 1024).toFixed(0)} KB)`,
    ms: (ms / runs).toFixed(2),
    rate: `${Math.round(runs / (ms / 1000))} pages/s`,
  });
}

async function benchRender(): Promise<void> {
  if (!existsSync(DEFAULT_CHROMIUM_PATH)) {
    rows.push({ what: `render: skipped, no ${DEFAULT_CHROMIUM_PATH}`, ms: '', rate: '' });
    return;
  }
  const web = await startFixtureWeb();
  const pool = createBrowserPool({
    userAgent: 'PressWatchBench',
    allow: [`127.0.0.1:${web.port}`],
    maxPages: 2,
  });
  const url = `${web.url}${RENDER_PATHS.jsArticle}`;
  try {
    const cold = performance.now();
    await pool.render(url);
    rows.push({
      what: 'render: first page (launch chromium + proxy)',
      ms: (performance.now() - cold).toFixed(0),
      rate: '',
    });
    for (const concurrency of [1, 2]) {
      const latencies: number[] = [];
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next++ < RENDERS) {
            const started = performance.now();
            await pool.render(url);
            latencies.push(performance.now() - started);
          }
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      latencies.sort((a, b) => a - b);
      rows.push({
        what: `render: ${RENDERS} JS pages, ${concurrency} at once (p50 / p95 ms)`,
        ms: `${percentile(latencies, 50).toFixed(0)} / ${percentile(latencies, 95).toFixed(0)}`,
        rate: `${(RENDERS / seconds).toFixed(2)} pages/s`,
      });
    }
  } finally {
    await pool.close();
    await web.close();
  }
}

async function benchPush(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-push-'));
  const storage = openSqliteStorage({ path: join(dir, 'store.db') });
  const queues = openSqliteQueueBackend({ path: join(dir, 'queue.db') });
  const db = new Database(join(dir, 'store.db'));
  const subscriptions = createWebSubRepository(db);
  const source = feedSource('push', 'https://tin.example/feed');
  await storage.sources.upsert(source);
  const secret = 'bench-secret';
  await subscriptions.save({
    id: 'sub1',
    sourceId: 'push',
    hubUrl: 'https://hub.example/',
    topicUrl: source.url,
    secret,
    state: 'active',
    requestedMode: 'subscribe',
    leaseSeconds: 86_400,
    requestedAt: new Date().toISOString(),
    verifiedAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    lastDeliveryAt: null,
    deliveries: 0,
    lastError: null,
  });
  const callbacks = createWebSubCallbacks({
    subscriptions,
    sources: storage.sources,
    items: storage.items,
    queues: { fetch: queues.queue(fetchQueue) },
    logger: pino({ level: 'silent' }),
  });
  const app = Fastify();
  await app.register(websubRoutes, { websub: callbacks });
  const latencies: number[] = [];
  try {
    for (let i = 0; i < PUSHES; i++) {
      const items = Array.from(
        { length: 20 },
        (_, k) =>
          `<item><title>Tin ${i + k}</title><link>https://tin.example/bai-${i + k}.html</link><pubDate>${new Date().toUTCString()}</pubDate></item>`,
      );
      const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>${items.join('')}</channel></rss>`;
      const t0 = performance.now();
      const answer = await app.inject({
        method: 'POST',
        url: '/websub/callback/sub1',
        payload: body,
        headers: {
          'content-type': 'application/rss+xml',
          'x-hub-signature': signHubBody('sha256', secret, body),
        },
      });
      latencies.push(performance.now() - t0);
      if (answer.statusCode !== 202) throw new Error(`push ${i}: HTTP ${answer.statusCode} ${answer.body}`);
    }
    latencies.sort((a, b) => a - b);
    const jobs = (await queues.queue(fetchQueue).counts()).waiting;
    rows.push({
      what: `WebSub push, 20-entry feed, 1 new entry each (${jobs} jobs) p50 / p95 ms`,
      ms: `${percentile(latencies, 50).toFixed(1)} / ${percentile(latencies, 95).toFixed(1)}`,
      rate: `${Math.round(PUSHES / (latencies.reduce((a, b) => a + b, 0) / 1000))} pushes/s`,
    });
  } finally {
    await app.close();
    db.close();
    await queues.close();
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

benchSitemap();
benchListing();
await benchRender();
await benchPush();
printTable(rows);
console.log(`results: ${writeResult('source-kinds', rows)}`);
