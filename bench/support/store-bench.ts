// What the engine-store benchmarks (engine-accounts, engine-crawl-stores, engine-notifier) share:
// the search node (SEARCH_URL, else the test node of infra/search-node, started and stopped),
// timing a step N times, a p50/p95 table row, and running one measurement against SQLite in a
// temp dir and then against the engine on a fresh index prefix, dropping both afterwards.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngineClient, type EngineClient } from '@presswatch/storage-search';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { startSearchNode, waitForSearchNode } from '../../tests/support/search-node.ts';
import { percentile } from '../support.ts';

export type Row = Record<string, string | number>;

/** SEARCH_URL when set (left running), else the test node, started now and stopped by `stop()`. */
export async function benchSearchNode(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.SEARCH_URL) return { url: process.env.SEARCH_URL, stop: async () => {} };
  const started = await startSearchNode();
  if (!started.available) throw new Error(`no search node: ${started.reason}`);
  await waitForSearchNode(started.node.url);
  return started.node;
}

/** Runs `step(i)` `runs` times; wall-clock milliseconds of each, sorted. */
export async function time(runs: number, step: (i: number) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await step(i);
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b);
}

/** A table row of sorted timings: runs, p50 and p95 in ms, plus any extra columns. */
export const latencyRow = (backend: string, op: string, ms: number[], extra: Row = {}): Row => ({
  backend,
  op,
  runs: ms.length,
  p50_ms: +percentile(ms, 50).toFixed(2),
  p95_ms: +percentile(ms, 95).toFixed(2),
  ...extra,
});

export interface StoreBenchOptions<S> {
  /** Names the SQLite temp dir: `pw-bench-<label>-…`. */
  label: string;
  /** The stores out of a SQLite storage (which implements every port): usually itself. */
  fromSqlite(storage: SqliteStorage): S;
  /** The same stores over the engine (a createXGroup of @presswatch/storage-search). */
  createEngineGroup(options: { client: EngineClient; prefix: string; replicas: number }): S;
  /** Measures one backend; `name` is its table label ('sqlite' or 'engine'). */
  measure(name: string, stores: S): Promise<Row[]>;
}

/** Runs `measure` on SQLite, then on the engine (OpenSearch client, fresh prefix); both rows. */
export async function measureBothBackends<S>(options: StoreBenchOptions<S>): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), `pw-bench-${options.label}-`));
  const sqlite = openSqliteStorage({ path: join(dir, 'store.db') });
  try {
    rows.push(...(await options.measure('sqlite', options.fromSqlite(sqlite))));
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const node = await benchSearchNode();
  const client = createEngineClient(node.url, 'opensearch');
  const prefix = `pw-bench-${randomUUID().slice(0, 8)}`;
  try {
    rows.push(
      ...(await options.measure('engine', options.createEngineGroup({ client, prefix, replicas: 0 }))),
    );
  } finally {
    await client.deleteIndices(`${prefix}-*`);
    await client.close();
    await node.stop();
  }
  return rows;
}
