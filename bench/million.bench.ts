// Search at scale on the embedded store (issue 8): an index of BENCH_ITEMS items (default
// 1,000,000) made from ../shared/corpus by deterministic variation — dates over three years, 300
// sources in several countries, sentence order and a few words reworded per copy — then p50/p95 of
// the query shapes analysts type, each with four facets and highlights, sorted by time and by
// relevance; the size on disk per item; and the start-up time of the all-in-one process on it.
//
// Building a million items takes a long while, so the database is kept between runs in
// BENCH_MILLION_DIR (default: <tmp>/presswatch-bench-million) and reused when its item count
// matches; delete the directory to rebuild.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FacetField } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { cliNodeFlags } from './support/node-flags.ts';
import { variedItem } from './support/vary-corpus.ts';
import { percentile, printTable, readCorpus, timeSearch, writeResult } from './support.ts';

const COUNT = Number(process.env.BENCH_ITEMS ?? 1_000_000);
const DIR = process.env.BENCH_MILLION_DIR ?? join(tmpdir(), 'presswatch-bench-million');
const BATCH = 2_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const FACETS: FacetField[] = ['source', 'language', 'country', 'domestic'];
const QUERIES: Record<string, string> = {
  word: 'biển',
  phrase: '"Quảng Trị"',
  'boolean+NEAR': '(biên NEAR/3 giới OR "cửa khẩu") AND -"bóng đá"',
  'no diacritics': 'quang tri',
};
const here = dirname(fileURLToPath(import.meta.url));

async function build(storage: SqliteStorage): Promise<{ seconds: number }> {
  const corpus = await readCorpus(Number.POSITIVE_INFINITY);
  if (!corpus) throw new Error('../shared/corpus is missing');
  const started = performance.now();
  for (let from = 0; from < COUNT; from += BATCH) {
    const batch = [];
    for (let i = from; i < Math.min(COUNT, from + BATCH); i++) {
      batch.push(variedItem(corpus[i % corpus.length]!, i, Math.floor(i / corpus.length)));
    }
    await storage.items.upsertMany(batch);
    await storage.search.indexMany(batch);
    if ((from / BATCH) % 50 === 0) {
      const rate = (from + batch.length) / ((performance.now() - started) / 1000);
      console.log(`  built ${from + batch.length} items (${rate.toFixed(0)} items/s)`);
    }
  }
  return { seconds: (performance.now() - started) / 1000 };
}

/**
 * Warm figures: one untimed pass over every query shape first (the OS page cache and SQLite's
 * own cache then hold the pages these queries read), then RUNS timed runs of each. Wall-clock and
 * CPU time (of this process) are both reported: on a shared machine the wall clock also counts
 * the time other processes hold the cores.
 */
async function measureQueries(storage: SqliteStorage) {
  for (const q of Object.values(QUERIES)) {
    for (const sort of ['time', 'relevance'] as const) {
      await storage.search.search({ query: parseQuery(q), sort, limit: 20, facets: FACETS, highlight: true });
    }
  }
  const rows: Record<string, string | number>[] = [];
  for (const [shape, q] of Object.entries(QUERIES)) {
    for (const sort of ['time', 'relevance'] as const) {
      const {
        total,
        wallMs: times,
        cpuMs,
      } = await timeSearch(storage.search, q, {
        sort,
        facets: FACETS,
        runs: RUNS,
      });
      // Totals beyond the store's exact-count bound are estimates (marked ≈).
      const probe = await storage.search.search({ query: parseQuery(q), sort, limit: 1 });
      rows.push({
        shape,
        query: q,
        sort,
        hits: probe.totalIsEstimate ? `≈${total}` : total,
        p50_ms: +percentile(times, 50).toFixed(1),
        p95_ms: +percentile(times, 95).toFixed(1),
        cpu_p50_ms: +percentile(cpuMs, 50).toFixed(1),
        cpu_p95_ms: +percentile(cpuMs, 95).toFixed(1),
      });
    }
  }
  return rows;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Milliseconds from spawning `presswatch start all` on the database until /readyz answers 200. */
async function measureStartup(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...cliNodeFlags(), join(here, '../services/cli/bin/presswatch.mjs'), 'start', 'all'],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        PRESSWATCH_DATA_DIR: DIR,
        PRESSWATCH_ADMIN_TOKEN: 'bench-admin-token-0123456789',
        PRESSWATCH_SOURCES_FILE: join(here, 'support/no-sources.yaml'),
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    },
  );
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`all-in-one exited with ${child.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) return performance.now() - started;
      if (performance.now() - started > 300_000) throw new Error('no /readyz within 300 s');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function main() {
  if (!existsSync(join(here, '../../shared/corpus')) && !process.env.PRESSWATCH_SHARED_DIR) {
    console.log('million: ../shared/corpus is missing; skipped');
    return;
  }
  mkdirSync(DIR, { recursive: true });
  const dbPath = join(DIR, 'presswatch.db');
  let storage = openSqliteStorage({ path: dbPath });
  let buildSeconds: number | null = null;
  // The item count, not a search total: search totals above a bound are estimates.
  const have = await storage.items.count();
  if (have !== COUNT) {
    storage.close();
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(dbPath + suffix)) (await import('node:fs')).rmSync(dbPath + suffix);
    }
    storage = openSqliteStorage({ path: dbPath });
    console.log(`building ${COUNT} items in ${dbPath} …`);
    buildSeconds = (await build(storage)).seconds;
  } else {
    console.log(`reusing ${have} items in ${dbPath}`);
  }
  const rows = await measureQueries(storage);
  printTable(rows);
  storage.close();
  const bytes = ['', '-wal'].reduce(
    (sum, suffix) => sum + (existsSync(dbPath + suffix) ? statSync(dbPath + suffix).size : 0),
    0,
  );
  console.log(
    `items: ${COUNT}; ${(bytes / COUNT).toFixed(0)} bytes/item on disk (${(bytes / 1e9).toFixed(2)} GB)` +
      (buildSeconds ? `; built at ${(COUNT / buildSeconds).toFixed(0)} items/s` : ''),
  );
  // Start-up is measured on an up-to-date schema: a one-off migration of a million rows is
  // reported on its own, not as start-up time.
  const migrateStarted = performance.now();
  openSqliteStorage({ path: dbPath }).close();
  const migrateMs = performance.now() - migrateStarted;
  const startupMs = await measureStartup();
  console.log(
    `pending migrations ${(migrateMs / 1000).toFixed(1)} s; all-in-one ready in ${(startupMs / 1000).toFixed(2)} s`,
  );
  const file = writeResult('million', {
    items: COUNT,
    bytesPerItem: bytes / COUNT,
    startupMs,
    migrateMs,
    buildItemsPerSecond: buildSeconds ? COUNT / buildSeconds : null,
    queries: rows,
  });
  console.log(`wrote ${file}`);
}

await main();
