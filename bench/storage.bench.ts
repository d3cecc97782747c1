// Embedded store: bulk write throughput (upsert + FTS index) and search latency on real
// Vietnamese news from ../shared/corpus. Env BENCH_ITEMS sets the item count (default 20,000).
// Writes are timed per call (upsertMany, then indexMany of the same batch, as the pipeline does);
// searches by wall clock and by this process's CPU time (which a busy machine inflates less).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FacetField, Item } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { normalizeText } from '@presswatch/text';
import { type CorpusArticle, percentile, printTable, readCorpus, writeResult } from './support.ts';

const COUNT = Number(process.env.BENCH_ITEMS ?? 20_000);
const BATCH = 500;
const RUNS = 40;
const QUERIES = ['biển', '"Quảng Trị"', '(biên giới OR "cửa khẩu") AND -bóng', 'quang tri', 'đầu tư*'];
const FACETS: FacetField[] = ['source', 'language', 'country', 'domestic'];

function toItem(article: CorpusArticle, index: number): Item {
  const day = new Date(
    Date.UTC(2025, 0, 1) + (index % 600) * 86_400_000 + (index % 1440) * 60_000,
  ).toISOString();
  const source = `src-${index % 40}`;
  return {
    id: `bench-${index}`,
    url: article.url ?? `https://example.vn/${article.id}`,
    canonicalUrl: article.url ?? `https://example.vn/${article.id}`,
    sourceId: source,
    sourceName: source,
    title: normalizeText(article.title),
    byline: null,
    publishedAt: day,
    fetchedAt: day,
    language: 'vi',
    country: index % 5 === 0 ? 'us' : 'vn',
    domestic: index % 5 !== 0,
    text: normalizeText(article.text),
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
  };
}

async function main() {
  const corpus = await readCorpus(COUNT);
  if (!corpus) {
    console.log('storage: ../shared/corpus is missing; skipped');
    return;
  }
  const items = corpus.map(toItem);
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-'));
  const storage = openSqliteStorage({ path: join(dir, 'bench.db') });
  try {
    let upsertMs = 0;
    let indexMs = 0;
    for (let i = 0; i < items.length; i += BATCH) {
      const batch = items.slice(i, i + BATCH);
      const t0 = performance.now();
      await storage.items.upsertMany(batch);
      const t1 = performance.now();
      await storage.search.indexMany(batch);
      upsertMs += t1 - t0;
      indexMs += performance.now() - t1;
    }
    const writeSeconds = (upsertMs + indexMs) / 1000;
    const rows: Record<string, string | number>[] = [];
    for (const q of QUERIES) {
      for (const sort of ['time', 'relevance'] as const) {
        const times: number[] = [];
        const cpuTimes: number[] = [];
        let total = 0;
        for (let run = 0; run < RUNS; run++) {
          const cpu0 = process.cpuUsage();
          const t0 = performance.now();
          const result = await storage.search.search({
            query: parseQuery(q),
            sort,
            limit: 20,
            facets: FACETS,
            highlight: true,
          });
          times.push(performance.now() - t0);
          const cpu = process.cpuUsage(cpu0);
          cpuTimes.push((cpu.user + cpu.system) / 1000);
          total = result.total;
        }
        times.sort((a, b) => a - b);
        cpuTimes.sort((a, b) => a - b);
        rows.push({
          query: q,
          sort,
          hits: total,
          p50_ms: +percentile(times, 50).toFixed(2),
          p95_ms: +percentile(times, 95).toFixed(2),
          cpu_p50_ms: +percentile(cpuTimes, 50).toFixed(2),
          cpu_p95_ms: +percentile(cpuTimes, 95).toFixed(2),
        });
      }
    }
    const dbBytes = statSync(join(dir, 'bench.db')).size;
    const perItem = (ms: number) => (ms / items.length).toFixed(3);
    console.log(
      `items: ${items.length}; write ${(items.length / writeSeconds).toFixed(0)} items/s ` +
        `(upsertMany ${perItem(upsertMs)} ms/item, indexMany ${perItem(indexMs)} ms/item); ` +
        `db ${(dbBytes / items.length).toFixed(0)} bytes/item`,
    );
    printTable(rows);
    const file = writeResult('storage', {
      items: items.length,
      itemsPerSecond: items.length / writeSeconds,
      upsertMsPerItem: upsertMs / items.length,
      indexMsPerItem: indexMs / items.length,
      bytesPerItem: dbBytes / items.length,
      queries: rows,
    });
    console.log(`wrote ${file}`);
  } finally {
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
