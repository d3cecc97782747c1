// Shared helpers for benchmarks: corpus access, timing, percentiles, result files.
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FacetField, SearchIndex } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED = process.env.PRESSWATCH_SHARED_DIR ?? join(here, '../../shared');

export interface CorpusArticle {
  id: string;
  source: string;
  url?: string | null;
  title: string;
  published: string | null;
  text: string;
}

/** Up to `limit` articles of ../shared/corpus/vi-news.jsonl, or null when the corpus is absent. */
export async function readCorpus(limit: number): Promise<CorpusArticle[] | null> {
  const file = join(SHARED, 'corpus/vi-news.jsonl');
  if (!existsSync(file)) return null;
  const out: CorpusArticle[] = [];
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as CorpusArticle);
    if (out.length >= limit) break;
  }
  lines.close();
  return out;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)]!;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return percentile(sorted, 50);
}

export function writeResult(name: string, result: unknown): string {
  const dir = join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(
    path,
    `${JSON.stringify({ name, at: new Date().toISOString(), node: process.version, result }, null, 2)}\n`,
  );
  return path;
}

export function printTable(rows: Record<string, string | number>[]): void {
  console.table(rows);
}

/** Wall and client-CPU times of repeated runs, each sorted ascending, and the last hit total. */
export interface QueryTimes {
  total: number;
  wallMs: number[];
  cpuMs: number[];
}

/**
 * Runs query `q` `runs` times as the search page asks it (first 20 hits, `facets`, highlights)
 * against `index` and times each run.
 */
export async function timeSearch(
  index: Pick<SearchIndex, 'search'>,
  q: string,
  options: { sort: 'time' | 'relevance'; facets: FacetField[]; runs: number },
): Promise<QueryTimes> {
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  let total = 0;
  for (let run = 0; run < options.runs; run++) {
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    // Parsing is part of each timed run, as it is of each request the API serves.
    const request = { query: parseQuery(q), sort: options.sort, limit: 20, facets: options.facets };
    const result = await index.search({ ...request, highlight: true });
    wallMs.push(performance.now() - start);
    const cpu = process.cpuUsage(cpu0);
    cpuMs.push((cpu.user + cpu.system) / 1000);
    total = result.total;
  }
  wallMs.sort((a, b) => a - b);
  cpuMs.sort((a, b) => a - b);
  return { total, wallMs, cpuMs };
}
