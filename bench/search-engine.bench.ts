// The search-engine adapter (packages/storage-search) on a real node: bulk write throughput
// (upsertMany, then indexMany of the same batch, as the pipeline does), index bytes per item and
// search latency with facets and highlights, sorted by time and by relevance, on real Vietnamese
// news from ../shared/corpus — the storage bench's items and queries, for comparison with SQLite.
// SEARCH_URL names the node (SEARCH_ENGINE=opensearch|elasticsearch, default opensearch); without
// it the test node of infra/search-node is started (and stopped). BENCH_ITEMS (default 20,000).
import { randomUUID } from 'node:crypto';
import { openSearchEngineStorage } from '@presswatch/storage-search';
import { BASIC_FACETS, corpusItem, timeQueries, writeItems } from './search-workload.ts';
import { benchSearchNode } from './support/store-bench.ts';
import { percentile, printTable, readCorpus, writeResult } from './support.ts';

const COUNT = Number(process.env.BENCH_ITEMS ?? 20_000);
const BATCH = 500;
const RUNS = 40;
const FACETS = BASIC_FACETS;

async function storeBytes(url: string, pattern: string): Promise<number> {
  const response = await fetch(`${url}/${pattern}/_stats/store`);
  const body = (await response.json()) as { _all: { primaries: { store: { size_in_bytes: number } } } };
  return body._all.primaries.store.size_in_bytes;
}

async function main() {
  const corpus = await readCorpus(COUNT);
  if (!corpus) {
    console.log('search-engine: ../shared/corpus is missing; skipped');
    return;
  }
  const items = corpus.map((article, index) => corpusItem(article, index));
  const node = await benchSearchNode();
  const engine = process.env.SEARCH_ENGINE === 'elasticsearch' ? 'elasticsearch' : 'opensearch';
  const prefix = `pw-bench-${randomUUID().slice(0, 8)}`;
  const storage = await openSearchEngineStorage({ url: node.url, engine, prefix, replicas: 0 });
  try {
    const { upsertMs, indexMs } = await writeItems(storage, items, BATCH);
    const t0 = performance.now();
    await storage.refresh();
    const refreshMs = performance.now() - t0;
    const writeSeconds = (upsertMs + indexMs + refreshMs) / 1000;
    const rows: Record<string, string | number>[] = [];
    for (const { query, sort, times } of await timeQueries(storage.search, { facets: FACETS, runs: RUNS })) {
      rows.push({
        query,
        sort,
        hits: times.total,
        p50_ms: +percentile(times.wallMs, 50).toFixed(2),
        p95_ms: +percentile(times.wallMs, 95).toFixed(2),
        client_cpu_p50_ms: +percentile(times.cpuMs, 50).toFixed(2),
      });
    }
    const bytes = await storeBytes(node.url, `${prefix}-items-*`);
    const perItem = (ms: number) => (ms / items.length).toFixed(3);
    console.log(
      `${engine} client; items: ${items.length}; write ${(items.length / writeSeconds).toFixed(0)} items/s ` +
        `(upsertMany ${perItem(upsertMs)} ms/item, indexMany ${perItem(indexMs)} ms/item, refresh ${refreshMs.toFixed(0)} ms); ` +
        `index ${(bytes / items.length).toFixed(0)} bytes/item (primaries, before merges)`,
    );
    printTable(rows);
    const file = writeResult('search-engine', {
      engine,
      items: items.length,
      itemsPerSecond: items.length / writeSeconds,
      upsertMsPerItem: upsertMs / items.length,
      indexMsPerItem: indexMs / items.length,
      bytesPerItem: bytes / items.length,
      queries: rows,
    });
    console.log(`wrote ${file}`);
  } finally {
    await storage.dropIndices();
    await storage.close();
    await node.stop();
  }
}

await main();
