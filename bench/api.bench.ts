// The people-and-integrations API: summary latency (SearchIndex.aggregate through the HTTP
// routes), streamed export throughput and memory, and the cost of one password hash. Items are
// real Vietnamese news from ../shared/corpus, cycled up to BENCH_API_ITEMS (default 100,000) with
// topics, tone, clusters, languages and dates assigned deterministically.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Item } from '@presswatch/domain';
import { hashTokenSecret } from '@presswatch/platform';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { normalizeText } from '@presswatch/text';
import { pino } from 'pino';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from '../services/api/src/accounts/passwords.ts';
import { buildApp } from '../services/api/src/app.ts';
import { type CorpusArticle, median, percentile, printTable, readCorpus, writeResult } from './support.ts';

const COUNT = Number(process.env.BENCH_API_ITEMS ?? 100_000);
const RUNS = 15;
const TOKEN = 'bench-admin-token-0123456789';
const TOPICS = ['border', 'sea', 'investment', 'human_rights', 'disaster', 'culture'];
const DAY = 86_400_000;

function toItem(article: CorpusArticle, index: number): Item {
  const at = new Date(Date.UTC(2026, 0, 1) + (index % 90) * DAY + ((index * 7919) % DAY)).toISOString();
  const topics = [TOPICS[index % 6]!, ...(index % 4 === 0 ? [TOPICS[(index + 3) % 6]!] : [])];
  return {
    id: `api-bench-${index}`,
    url: `https://example.vn/${article.id}/${index}`,
    canonicalUrl: `https://example.vn/${article.id}/${index}`,
    sourceId: `src-${index % 60}`,
    sourceName: `Nguồn ${index % 60}`,
    title: normalizeText(article.title),
    byline: null,
    publishedAt: at,
    fetchedAt: at,
    language: index % 7 === 0 ? 'en' : 'vi',
    country: index % 5 === 0 ? 'us' : 'vn',
    domestic: index % 5 !== 0,
    text: normalizeText(article.text),
    summary: null,
    topics: topics.map((topic) => ({ topic, score: 0.8, matched: [topic] })),
    relevance: (index % 10) / 10,
    tone: index % 3 === 0 ? null : ((index % 21) - 10) / 10,
    clusterId: `cluster-${index % 2000}`,
  };
}

async function timeRuns(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: +percentile(times, 50).toFixed(1), p95: +percentile(times, 95).toFixed(1) };
}

// A garbage collector to call: live heap after a collection is what an export holds on to.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const mb = (bytes: number) => +(bytes / 2 ** 20).toFixed(1);

/** Streams an export over real HTTP; every 20 chunks, collects garbage and samples the live heap. */
async function streamExport(url: string) {
  gc();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const t0 = performance.now();
  let gcMs = 0;
  const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
  let bytes = 0;
  let chunks = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (++chunks % 20 !== 0) continue;
    const g0 = performance.now();
    gc();
    gcMs += performance.now() - g0;
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }
  return {
    bytes,
    ms: performance.now() - t0 - gcMs,
    liveHeapGrowthMb: mb(peakHeap - before.heapUsed),
    rssGrowthMb: mb(peakRss - before.rss),
  };
}

async function passwordCost(): Promise<{ hashMs: number; verifyMs: number }> {
  const hashes: number[] = [];
  const verifies: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const hash = await hashPassword('một mật khẩu đủ dài');
    const t1 = performance.now();
    await verifyPassword('một mật khẩu đủ dài', hash);
    hashes.push(t1 - t0);
    verifies.push(performance.now() - t1);
  }
  return { hashMs: +median(hashes).toFixed(1), verifyMs: +median(verifies).toFixed(1) };
}

async function main() {
  const corpus = await readCorpus(20_000);
  if (!corpus) {
    console.log('api: ../shared/corpus is missing; skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-api-'));
  const storage = openSqliteStorage({ path: join(dir, 'bench.db') });
  try {
    for (let i = 0; i < COUNT; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, COUNT - i) }, (_, k) =>
        toItem(corpus[(i + k) % corpus.length]!, i + k),
      );
      await storage.items.upsertMany(batch);
      await storage.search.indexMany(batch);
    }
    await storage.tokens.create({
      id: 'bench',
      name: 'bench',
      role: 'admin',
      secretHash: hashTokenSecret(TOKEN),
    });
    const app = await buildApp({
      stores: storage,
      readiness: async () => ({ ready: true, checks: {} }),
      logger: pino({ level: 'silent' }),
      limits: { requestsPerMinute: 1_000_000 },
    });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const window = 'from=2026-01-01T00:00:00Z&to=2026-03-31T23:59:59Z';
    const summaries = [
      `topics?${window}`,
      'topics?from=2026-03-01T00:00:00Z&to=2026-03-31T23:59:59Z&interval=hour',
      `topics?${window}&q=${encodeURIComponent('biển')}`,
      `domestic?${window}`,
      `languages?${window}`,
      `sources?${window}`,
      `clusters?${window}`,
      `tone?${window}`,
    ];
    const rows: Record<string, string | number>[] = [];
    for (const path of summaries) {
      const url = `/api/summaries/${path}`;
      const total = (await app.inject({ url, headers: { authorization: `Bearer ${TOKEN}` } })).json().total;
      const t = await timeRuns(() => app.inject({ url, headers: { authorization: `Bearer ${TOKEN}` } }));
      const summary = decodeURIComponent(path.replace(window, '3 months'));
      rows.push({ summary, items: total, p50_ms: t.p50, p95_ms: t.p95 });
    }
    printTable(rows);
    const csv = await streamExport(`${base}/api/items/export.csv?max=${COUNT}`);
    const ndjson = await streamExport(`${base}/api/items/export.ndjson?max=${COUNT}`);
    const exports = [
      { format: 'csv', ...csv },
      { format: 'ndjson', ...ndjson },
    ].map((e) => ({
      format: e.format,
      items: COUNT,
      mb: mb(e.bytes),
      items_per_s: Math.round(COUNT / (e.ms / 1000)),
      live_heap_growth_mb: e.liveHeapGrowthMb,
      rss_growth_mb: e.rssGrowthMb,
    }));
    printTable(exports);
    await app.close();
    const password = await passwordCost();
    console.log(
      `password (scrypt ln=${DEFAULT_SCRYPT.ln}, r=${DEFAULT_SCRYPT.r}, p=${DEFAULT_SCRYPT.p}): ` +
        `hash ${password.hashMs} ms, verify ${password.verifyMs} ms (median of 5)`,
    );
    console.log(`wrote ${writeResult('api', { items: COUNT, summaries: rows, exports, password })}`);
  } finally {
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
