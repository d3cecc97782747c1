// One run of the distributed throughput benchmark: a fresh bench web, data dir, Redis prefix and
// engine index prefix; the sources added through a runtime of the same mode; then the services as
// separate `presswatch start <service>` processes (or `start all` for the embedded layout) until
// every article is stored; items/s from the first "item stored" log line to the last.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime } from '@presswatch/platform';
import { openSearchEngineStorage } from '@presswatch/storage-search';
import { feedSource } from '../tests/support/pipeline-world.ts';
import { startBenchWeb } from './crawl-web.ts';
import { type BenchService, processCpuSeconds, startBenchService } from './support/service-spawn.ts';
import type { CorpusArticle } from './support.ts';

export type Layout = { kind: 'embedded' } | { kind: 'distributed'; processors: number };

export interface RunDeps {
  articles: CorpusArticle[];
  outlets: number;
  redisUrl: string;
  searchUrl: string;
  /** The engine JVM's pid when this benchmark started it (its CPU is counted), else null. */
  enginePid: number | null;
  timeoutMs: number;
}

export interface RunResult {
  layout: string;
  itemsPerSecond: number;
  /** First to last "item stored", seconds. */
  storeSpanSeconds: number;
  /** Services started to last item stored, seconds. */
  wallSeconds: number;
  /** "item stored" lines (more than the articles would mean an item stored twice). */
  stored: number;
  /** Items the engine holds at the end (distributed) or null (embedded: SQLite). */
  indexed: number | null;
  /** CPU seconds per service kind, summed over its processes, and the engine's during the run. */
  cpuSeconds: Record<string, number>;
}

export function layoutName(layout: Layout): string {
  return layout.kind === 'embedded'
    ? 'embedded (start all)'
    : `distributed, ${layout.processors} processor(s)`;
}

let runNo = 0;

export async function runLayout(layout: Layout, deps: RunDeps): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-dist-'));
  const id = `pw-bench-dist-${process.pid}-${++runNo}`;
  const web = await startBenchWeb(dir, deps.articles, deps.outlets, new Date());
  const env = serviceEnv(layout, deps, dir, id);
  const services: BenchService[] = [];
  try {
    await addSources(env, web.feedUrls);
    const engineCpu0 = deps.enginePid ? processCpuSeconds(deps.enginePid) : Number.NaN;
    const started = performance.now();
    for (const name of serviceNames(layout)) services.push(startBenchService(name, env));
    const storers = services.filter((s) => s.name === 'processor' || s.name === 'all');
    await Promise.all(storers.map((s) => s.waitForLog('processor started')));
    await waitForStored(storers, deps.articles.length, deps.timeoutMs);
    const wallSeconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpuByKind(services);
    if (layout.kind === 'distributed' && deps.enginePid) {
      cpuSeconds.engine = +(processCpuSeconds(deps.enginePid) - engineCpu0).toFixed(1);
    }
    const times = storers.flatMap((s) => s.storedAt).sort((a, b) => a - b);
    const span = (times.at(-1)! - times[0]!) / 1000;
    const indexed = layout.kind === 'distributed' ? await engineCount(deps.searchUrl, id) : null;
    return {
      layout: layoutName(layout),
      itemsPerSecond: (times.length - 1) / span,
      storeSpanSeconds: span,
      wallSeconds,
      stored: times.length,
      indexed,
      cpuSeconds,
    };
  } catch (error) {
    for (const s of services) console.error(`--- ${s.name} (pid ${s.pid}) ---\n${s.output()}`);
    throw error;
  } finally {
    await Promise.all(services.map((s) => s.stop()));
    await web.close();
    if (layout.kind === 'distributed') await dropEngineIndices(deps.searchUrl, id);
    rmSync(dir, { recursive: true, force: true });
  }
}

function serviceNames(layout: Layout): string[] {
  if (layout.kind === 'embedded') return ['all'];
  const processors = Array.from({ length: layout.processors }, () => 'processor');
  return ['scheduler', 'crawler', 'notifier', ...processors];
}

function serviceEnv(layout: Layout, deps: RunDeps, dir: string, id: string): Record<string, string> {
  const sourcesFile = join(dir, 'sources.yaml');
  writeFileSync(sourcesFile, 'sources: []\n');
  const common = {
    PRESSWATCH_DATA_DIR: join(dir, 'data'),
    PRESSWATCH_SOURCES_FILE: sourcesFile,
    PRESSWATCH_FETCH_ALLOW: '127.0.0.1',
    PRESSWATCH_PER_HOST_DELAY_MS: '0',
    PRESSWATCH_SCHEDULER_TICK_MS: '200',
    LOG_LEVEL: 'debug',
  };
  if (layout.kind === 'embedded') {
    return {
      ...common,
      PORT: '0',
      HOST: '127.0.0.1',
      PRESSWATCH_ADMIN_TOKEN: 'bench-admin-token-0123456789',
    };
  }
  return {
    ...common,
    PRESSWATCH_MODE: 'distributed',
    REDIS_URL: deps.redisUrl,
    REDIS_PREFIX: id,
    SEARCH_URL: deps.searchUrl,
    SEARCH_ENGINE: 'opensearch',
    SEARCH_PREFIX: id,
    SEARCH_REPLICAS: '0',
    // The scheduler runs as its own service, as docker-compose.yml runs it.
    PRESSWATCH_CRAWLER_SCHEDULER: 'off',
  };
}

/** The bench web's feeds as sources, written through a runtime of the same mode and stores. */
async function addSources(env: Record<string, string>, feedUrls: string[]): Promise<void> {
  const runtime = await createRuntime({
    name: 'bench-setup',
    handleSignals: false,
    env: { ...env, LOG_LEVEL: 'warn' },
  });
  try {
    for (const [k, url] of feedUrls.entries()) {
      // Polled once: every article is in the first fetch of its feed.
      await runtime.adapters.stores.sources.upsert(
        feedSource(`outlet-${k}`, url, { minPollSeconds: 3_600, maxPollSeconds: 7_200 }),
      );
    }
  } finally {
    await runtime.shutdown.shutdown('bench setup done');
  }
}

async function waitForStored(storers: BenchService[], count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  for (;;) {
    const stored = storers.reduce((sum, s) => sum + s.storedAt.length, 0);
    if (stored >= count) return;
    if (Date.now() > deadline)
      throw new Error(`only ${stored} of ${count} items stored within ${timeoutMs} ms`);
    if (Date.now() - last > 10_000) {
      last = Date.now();
      console.log(`    ${stored}/${count} stored`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function cpuByKind(services: BenchService[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of services) out[s.name] = +((out[s.name] ?? 0) + s.cpuSeconds()).toFixed(1);
  return out;
}

async function engineCount(url: string, prefix: string): Promise<number> {
  await fetch(`${url}/${prefix}-items-*/_refresh`, { method: 'POST' });
  const response = await fetch(`${url}/${prefix}-items/_count`);
  return ((await response.json()) as { count: number }).count;
}

async function dropEngineIndices(url: string, prefix: string): Promise<void> {
  const storage = await openSearchEngineStorage({ url, engine: 'opensearch', prefix, replicas: 0 });
  await storage.dropIndices();
  await storage.close();
}
