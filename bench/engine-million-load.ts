// Loads the million-item corpus of bench/million.bench.ts (bench/support/vary-corpus.ts, the same
// ids, texts, dates and sources) into the engine through the adapter's own write path
// (SearchIndex.indexMany → the bulk writer), in large batches, with refresh off, replicas 0 and an
// async translog while loading. Resumable: the count of acknowledged items is saved in
// <dir>/load.json after every batch, so a stopped load goes on where it stopped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from '@presswatch/domain';
import type { SearchEngineStorage } from '@presswatch/storage-search';
import { engineJson } from './support/engine-node.ts';
import { variedItem } from './support/vary-corpus.ts';
import type { CorpusArticle } from './support.ts';

export interface LoadState {
  /** Items 0 … loaded-1 are acknowledged by the engine. */
  loaded: number;
  /** Wall seconds spent loading, over every run that added to this store. */
  seconds: number;
}

export function readLoadState(dir: string): LoadState {
  const file = join(dir, 'load.json');
  if (!existsSync(file)) return { loaded: 0, seconds: 0 };
  return JSON.parse(readFileSync(file, 'utf8')) as LoadState;
}

function saveLoadState(dir: string, state: LoadState): void {
  writeFileSync(join(dir, 'load.json'), `${JSON.stringify(state)}\n`);
}

/** Index settings for a bulk load, and the ones to return to after it (null = the default). */
const LOADING = { refresh_interval: '-1', number_of_replicas: 0, 'translog.durability': 'async' };
const SERVING = { refresh_interval: null, 'translog.durability': 'request' };

export async function setItemIndexSettings(url: string, prefix: string, loading: boolean) {
  await engineJson(url, `/${prefix}-items-*/_settings`, 'PUT', { index: loading ? LOADING : SERVING });
}

/**
 * The year indices vary-corpus dates fall in (2023 … 2026), created before the load (the index
 * template gives them the layout: time-sorted, `sample` slots; an older store of month indices is
 * moved over by engine-million-migrate.ts).
 */
export async function createYearIndices(url: string, prefix: string): Promise<void> {
  for (let year = 2023; year <= 2026; year++) {
    const name = `${prefix}-items-${year}`;
    const exists = await fetch(`${url}/${name}`, { method: 'HEAD' });
    if (exists.status === 404) await engineJson(url, `/${name}`, 'PUT', {});
  }
}

export interface LoadOptions {
  dir: string;
  target: number;
  batch: number;
  /** Stop loading after this many seconds (the store keeps what it has; the next run resumes). */
  budgetSeconds: number;
}

/**
 * Writes items state.loaded … target-1, one batch in flight while the next is built. Returns the
 * state after the run and the items/s of this run.
 */
export async function loadItems(
  storage: SearchEngineStorage,
  corpus: CorpusArticle[],
  options: LoadOptions,
): Promise<{ state: LoadState; runItems: number; runSeconds: number }> {
  const state = readLoadState(options.dir);
  const from = state.loaded;
  const baseSeconds = state.seconds;
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let inFlight: Promise<void> = Promise.resolve();
  let lastLog = 0;
  const makeBatch = (start: number): Item[] => {
    const items: Item[] = [];
    for (let i = start; i < Math.min(options.target, start + options.batch); i++) {
      items.push(variedItem(corpus[i % corpus.length]!, i, Math.floor(i / corpus.length)));
    }
    return items;
  };
  for (let start = from; start < options.target && elapsed() < options.budgetSeconds; ) {
    const batch = makeBatch(start);
    await inFlight;
    const end = start + batch.length;
    inFlight = storage.search.indexMany(batch).then(() => {
      state.loaded = end;
      saveLoadState(options.dir, { loaded: end, seconds: baseSeconds + elapsed() });
    });
    start = end;
    if (elapsed() - lastLog >= 30) {
      lastLog = elapsed();
      const rate = (start - from) / elapsed();
      console.log(`  sent ${start} items (${rate.toFixed(0)} items/s this run, ${lastLog.toFixed(0)} s)`);
    }
  }
  await inFlight;
  const runSeconds = elapsed();
  const final = { loaded: state.loaded, seconds: baseSeconds + runSeconds };
  saveLoadState(options.dir, final);
  return { state: final, runItems: state.loaded - from, runSeconds };
}
