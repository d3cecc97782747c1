// Search at scale on the engine of the distributed mode (issue 8): the million items of
// bench/million.bench.ts (same generator, same query shapes, same timing) in an OpenSearch node of
// infra/search-node with a benchmark heap, loaded through the adapter's bulk writer (year indices
// sorted by time, with sample slots; a store of the older month layout is moved over by
// bench/engine-million-migrate.ts); then p50/p95 of each query shape with four facets and highlights, sorted by time and by relevance, the load
// rate and the size on disk per item.
//
// The node's data is kept in BENCH_ENGINE_MILLION_DIR (default /work/bench-engine-million) and
// reused; a partial load resumes. BENCH_ITEMS (1,000,000) is the target;
// BENCH_ENGINE_MILLION_LOAD_SECONDS bounds this run's loading (the queries then run on what is
// loaded, and say so); BENCH_ENGINE_HEAP (6g) the JVM heap; BENCH_ENGINE_FORCEMERGE=1 merges each
// year index to one segment after the load (as read-only years can be in production);
// BENCH_ENGINE_KEEP_NODE=1 leaves the node running for the next run (a warm JVM: a node just
// started spends CPU compiling for a minute or so); stop it with infra/search-node/stop.sh.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuery } from '@presswatch/query';
import { openSearchEngineStorage, type SearchEngineStorage } from '@presswatch/storage-search';
import { createYearIndices, loadItems, readLoadState, setItemIndexSettings } from './engine-million-load.ts';
import { engineJson, startBenchEngine } from './support/engine-node.ts';
import { MILLION_FACETS, MILLION_QUERIES } from './support/million-queries.ts';
import { percentile, printTable, readCorpus, SHARED, timeSearch, writeResult } from './support.ts';

const COUNT = Number(process.env.BENCH_ITEMS ?? 1_000_000);
const DIR = process.env.BENCH_ENGINE_MILLION_DIR ?? '/work/bench-engine-million';
const LOAD_SECONDS = Number(process.env.BENCH_ENGINE_MILLION_LOAD_SECONDS ?? Number.POSITIVE_INFINITY);
const HEAP = process.env.BENCH_ENGINE_HEAP ?? '6g';
const FORCEMERGE = process.env.BENCH_ENGINE_FORCEMERGE === '1';
/** Leave the node running after the run (for repeated runs on a warm JVM); stop it with stop.sh. */
const KEEP_NODE = process.env.BENCH_ENGINE_KEEP_NODE === '1';
const PREFIX = 'pw-million';
const BATCH = 2_000;
const RUNS = 30;
/**
 * Untimed searches per shape and sort first (BENCH_ENGINE_WARMUP): a node just started spends
 * tens of ms of CPU per search compiling for its first few hundred searches.
 */
const WARMUP = Number(process.env.BENCH_ENGINE_WARMUP ?? 30);

/** CPU seconds (user + system) the process `pid` has used so far, from /proc (Linux only). */
function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return Number.NaN;
  }
}

/**
 * p50/p95 of the wall time per shape and sort, and the engine's CPU time per search (the JVM's,
 * over the timed runs): on a machine shared with other work, wall time grows with the load while
 * the CPU a search costs does not.
 */
async function measureQueries(storage: SearchEngineStorage, enginePid: number) {
  const rows: Record<string, string | number>[] = [];
  for (const [shape, q] of Object.entries(MILLION_QUERIES)) {
    for (const sort of ['time', 'relevance'] as const) {
      await timeSearch(storage.search, q, { sort, facets: MILLION_FACETS, runs: WARMUP });
      const cpu0 = processCpuSeconds(enginePid);
      const { total, wallMs } = await timeSearch(storage.search, q, {
        sort,
        facets: MILLION_FACETS,
        runs: RUNS,
      });
      const engineCpuMs = ((processCpuSeconds(enginePid) - cpu0) * 1000) / RUNS;
      const once = await storage.search.search({ query: parseQuery(q), sort, limit: 1 });
      rows.push({
        shape,
        query: q,
        sort,
        // ≈: estimated from the sample (beyond the exact bound of 10,000 matches).
        hits: once.totalIsEstimate ? `≈${total}` : total,
        p50_ms: +percentile(wallMs, 50).toFixed(1),
        p95_ms: +percentile(wallMs, 95).toFixed(1),
        engine_cpu_ms: +engineCpuMs.toFixed(1),
      });
    }
  }
  return rows;
}

async function storeFigures(url: string) {
  const stats = await engineJson<{
    _all: { primaries: { docs: { count: number }; store: { size_in_bytes: number } } };
  }>(url, `/${PREFIX}-items-*/_stats/docs,store`);
  const segments = await engineJson<{ count: string }[]>(url, `/_cat/segments/${PREFIX}-items-*?format=json`);
  const primaries = stats._all.primaries;
  return { docs: primaries.docs.count, bytes: primaries.store.size_in_bytes, segments: segments.length };
}

async function loadIfNeeded(url: string, storage: SearchEngineStorage) {
  const before = readLoadState(DIR);
  if (before.loaded >= COUNT) {
    console.log(
      `reusing ${before.loaded} items in ${DIR} (loaded at ${(before.loaded / before.seconds).toFixed(0)} items/s)`,
    );
    return { ...before, runItems: 0, runSeconds: 0 };
  }
  const corpus = await readCorpus(Number.POSITIVE_INFINITY);
  if (!corpus) throw new Error('../shared/corpus is missing');
  await createYearIndices(url, PREFIX);
  await setItemIndexSettings(url, PREFIX, true);
  console.log(`loading items ${before.loaded} … ${COUNT - 1} into ${DIR} (batches of ${BATCH}) …`);
  try {
    const run = await loadItems(storage, corpus, {
      dir: DIR,
      target: COUNT,
      batch: BATCH,
      budgetSeconds: LOAD_SECONDS,
    });
    return { ...run.state, runItems: run.runItems, runSeconds: run.runSeconds };
  } finally {
    await setItemIndexSettings(url, PREFIX, false);
  }
}

async function settle(
  url: string,
  storage: SearchEngineStorage,
): Promise<{ refreshMs: number; mergeMs: number | null }> {
  const t0 = performance.now();
  await storage.refresh();
  // Refresh off during the load means no flush either: without this, the next start of the node
  // replays the whole translog (as long as the load itself) before the shards serve.
  await engineJson(url, `/${PREFIX}-items-*/_flush`, 'POST');
  const refreshMs = performance.now() - t0;
  if (!FORCEMERGE) return { refreshMs, mergeMs: null };
  const t1 = performance.now();
  await engineJson(url, `/${PREFIX}-items-*/_forcemerge?max_num_segments=1`, 'POST');
  return { refreshMs, mergeMs: performance.now() - t1 };
}

async function main() {
  if (!existsSync(join(SHARED, 'corpus'))) {
    console.log('engine-million: ../shared/corpus is missing; skipped');
    return;
  }
  mkdirSync(DIR, { recursive: true });
  const node = startBenchEngine({
    runDir: join(DIR, 'run'),
    home: join(DIR, 'node'),
    javaOpts: `-Xms${HEAP} -Xmx${HEAP} -XX:+UseG1GC`,
    // A store left unflushed (a load that was stopped) replays its translog before it serves.
    startTimeoutSeconds: 3_600,
  });
  const storage = await openSearchEngineStorage({
    url: node.url,
    engine: 'opensearch',
    prefix: PREFIX,
    replicas: 0,
  });
  try {
    const load = await loadIfNeeded(node.url, storage);
    const { refreshMs, mergeMs } = await settle(node.url, storage);
    const store = await storeFigures(node.url);
    const partial = store.docs < COUNT ? ` — PARTIAL: ${store.docs} of ${COUNT} items loaded` : '';
    console.log(`searching ${store.docs} items in ${store.segments} segments${partial}`);
    const rows = await measureQueries(storage, node.pid);
    printTable(rows);
    const loadRate = load.loaded / load.seconds;
    console.log(
      `items: ${store.docs}; ${(store.bytes / store.docs).toFixed(0)} bytes/item on disk (primaries, ` +
        `${(store.bytes / 1e9).toFixed(2)} GB); load ${loadRate.toFixed(0)} items/s over all runs` +
        (load.runItems ? `, ${(load.runItems / load.runSeconds).toFixed(0)} items/s this run` : '') +
        `; refresh + flush ${(refreshMs / 1000).toFixed(1)} s` +
        (mergeMs !== null ? `; force-merge ${(mergeMs / 1000).toFixed(0)} s` : ''),
    );
    const probe = await storage.search.search({ query: parseQuery('biển'), sort: 'time', limit: 1 });
    const file = writeResult('engine-million', {
      engine: 'opensearch 2.19 (infra/search-node)',
      heap: HEAP,
      items: store.docs,
      target: COUNT,
      bytesPerItem: store.bytes / store.docs,
      segments: store.segments,
      loadItemsPerSecond: loadRate,
      forceMerged: FORCEMERGE,
      wordHits: probe.total,
      queries: rows,
    });
    console.log(`wrote ${file}`);
  } finally {
    await storage.close();
    if (KEEP_NODE) {
      console.log(`node left running: bash infra/search-node/stop.sh ${join(DIR, 'run', 'url')}`);
    } else node.stop();
  }
}

await main();
