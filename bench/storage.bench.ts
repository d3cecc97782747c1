// Embedded store: bulk write throughput (upsert + FTS index) and search latency on real
// Vietnamese news from ../shared/corpus. Env BENCH_ITEMS sets the item count (default 20,000).
// Writes are timed per call (upsertMany, then indexMany of the same batch, as the pipeline does);
// searches by wall clock and by this process's CPU time (which a busy machine inflates less).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FacetField } from '@presswatch/domain';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { BASIC_FACETS, corpusItem, timeQueries, writeItems } from './search-workload.ts';
import { percentile, printTable, readCorpus, writeResult } from './support.ts';

const COUNT = Number(process.env.BENCH_ITEMS ?? 20_000);
const BATCH = 500;
const RUNS = 40;
/** BENCH_FACETS=all adds the topic, tone and relevance facets (and gives items topics and scores). */
const ALL_FACETS = process.env.BENCH_FACETS === 'all';
const FACETS: FacetField[] = ALL_FACETS ? [...BASIC_FACETS, 'topic', 'tone', 'relevance'] : BASIC_FACETS;

async function main() {
  const corpus = await readCorpus(COUNT);
  if (!corpus) {
    console.log('storage: ../shared/corpus is missing; skipped');
    return;
  }
  const items = corpus.map((article, index) => corpusItem(article, index, ALL_FACETS));
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-'));
  const storage = openSqliteStorage({ path: join(dir, 'bench.db') });
  try {
    const { upsertMs, indexMs } = await writeItems(storage, items, BATCH);
    const writeSeconds = (upsertMs + indexMs) / 1000;
    const rows: Record<string, string | number>[] = [];
    for (const { query, sort, times } of await timeQueries(storage.search, { facets: FACETS, runs: RUNS })) {
      rows.push({
        query,
        sort,
        hits: times.total,
        p50_ms: +percentile(times.wallMs, 50).toFixed(2),
        p95_ms: +percentile(times.wallMs, 95).toFixed(2),
        cpu_p50_ms: +percentile(times.cpuMs, 50).toFixed(2),
        cpu_p95_ms: +percentile(times.cpuMs, 95).toFixed(2),
      });
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
