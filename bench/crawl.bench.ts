// Crawl throughput end to end on the embedded default: a local web of BENCH_ARTICLES (2,000)
// article pages over BENCH_OUTLETS (20) RSS feeds, each outlet on its own host name, crawled by
// scheduler → crawl → fetch → process on a SQLite store and a SQLite queue, over real HTTP on
// 127.0.0.1 through the safe-fetch client (SSRF guard with 127.0.0.1 allowlisted, robots.txt,
// per-host limiter with its default 2 requests at once per host and no delay). The process stage
// runs what the processor service runs: classifier, story clusters, alert rules. Prints pages/s
// end to end, where the time went per stage, CPU time and peak RSS; BENCH_RUNS (3) runs, each on a
// fresh store, queue and web, with one pure-stage pool for all of them (see main).
// BENCH_LAYOUT=one (default): every stage in this process, as `presswatch start` runs them;
// BENCH_LAYOUT=two: the process stage in a child process on the same SQLite files, as
// `presswatch start crawler` + `presswatch start processor` would (CPU and RSS are the sums).
// Runs under the Node flags `presswatch` runs with (its shebang: --v8-pool-size=0), relaunching
// itself when started without them; BENCH_NODE_FLAGS=default measures Node's defaults instead.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crawlQueue, fetchQueue, processQueue } from '@presswatch/domain';
import { createHttpClient } from '@presswatch/ingest';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import {
  createCrawlHandler,
  createFetchHandler,
  createProcessHandler,
  createScheduler,
  type PureStages,
} from '@presswatch/stages';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { feedSource as pipelineFeedSource } from '../tests/support/pipeline-world.ts';
import {
  benchPureStages,
  CONCURRENCY,
  quiet,
  sampleRss,
  threadCpuSeconds,
  timedProcessDeps,
} from './crawl-process.ts';
import type { ProcessorReport } from './crawl-processor.ts';
import { benchRules, StageClock } from './crawl-timing.ts';
import { benchResolver, fillerArticles, startBenchWeb } from './crawl-web.ts';
import { nodeFlagsLabel, relaunchWithCliNodeFlags } from './support/node-flags.ts';
import { median, printTable, readCorpus, writeResult } from './support.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2_000);
const OUTLETS = Number(process.env.BENCH_OUTLETS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LAYOUT = process.env.BENCH_LAYOUT === 'two' ? 'two' : 'one';
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 300);
// As the services open the store (packages/platform adapters.ts); BENCH_CHECKPOINTS=inline: in
// the commits, as before.
const CHECKPOINTS = process.env.BENCH_CHECKPOINTS === 'inline' ? 'inline' : 'thread';

interface RunResult {
  pagesPerSecond: number;
  wallSeconds: number;
  cpuSeconds: number;
  /** The main thread's share of cpuSeconds (one-process layout, Linux). */
  mainThreadCpuSeconds: number | null;
  peakRssMb: number;
  stagesMs: Record<string, number>;
}

async function runOnce(
  articles: Parameters<typeof startBenchWeb>[1],
  run: number,
  pure: PureStages,
): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-crawl-'));
  const web = await startBenchWeb(dir, articles, OUTLETS, new Date());
  const storage = openSqliteStorage({ path: join(dir, 'store.db'), checkpoints: CHECKPOINTS });
  const queues = openSqliteQueueBackend({ path: join(dir, 'queue.db'), logger: quiet });
  const clock = new StageClock();
  const client = clock.timedClient(
    createHttpClient({ allow: ['127.0.0.1'], resolver: benchResolver, perHostDelayMs: 0 }),
  );
  let processor: ProcessorChild | null = null;
  try {
    for (const rule of benchRules()) await storage.rules.save(rule);
    for (const [k, url] of web.feedUrls.entries())
      await storage.sources.upsert(feedSource(`outlet-${k}`, url));
    const processHandler =
      LAYOUT === 'one' ? createProcessHandler(timedProcessDeps(storage, queues, clock, pure)) : null;
    if (LAYOUT === 'two') processor = await startProcessorChild(dir);
    const rssSampler = sampleRss();
    const cpuStart = process.cpuUsage();
    const mainStart = threadCpuSeconds();
    const started = performance.now();
    processor?.start();
    const { scheduler, workers } = startCrawler({ storage, queues, clock, client, pure });
    if (processHandler) {
      const timed = clock.timeAsync('process stage', processHandler);
      workers.push(queues.work(processQueue, timed, { concurrency: CONCURRENCY.process }));
    }
    await waitForItems(storage, started);
    const wallSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const mainEnd = threadCpuSeconds();
    const mainThreadCpuSeconds =
      LAYOUT === 'one' && mainStart !== null && mainEnd !== null ? mainEnd - mainStart : null;
    let peakRssMb = rssSampler.stop();
    let cpuSeconds = (cpu.user + cpu.system) / 1e6;
    if (processor) {
      const report = await processor.stop();
      processor = null;
      cpuSeconds += report.cpuSeconds;
      peakRssMb += report.peakRssMb;
      clock.merge(report.spans);
    }
    await scheduler.stop();
    for (const worker of workers) await worker.close({ deadlineMs: 5_000 });
    console.log(`run ${run}: ${ARTICLES} pages in ${wallSeconds.toFixed(1)} s`);
    const stagesMs = clock.totals();
    return {
      pagesPerSecond: ARTICLES / wallSeconds,
      wallSeconds,
      cpuSeconds,
      mainThreadCpuSeconds,
      peakRssMb,
      stagesMs,
    };
  } finally {
    await processor?.stop();
    client.close();
    await queues.close();
    storage.close();
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Until every page is stored; a run that stops short (jobs failing for good) ends in an error. */
async function waitForItems(storage: ReturnType<typeof openSqliteStorage>, started: number): Promise<void> {
  for (;;) {
    const stored = await storage.items.count();
    if (stored >= ARTICLES) return;
    if (performance.now() - started > TIMEOUT_S * 1000) {
      throw new Error(
        `${stored} of ${ARTICLES} pages stored after ${TIMEOUT_S} s (BENCH_TIMEOUT_S): failed jobs?`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The scheduler and the crawl and fetch workers, as the crawler service runs them. */
function startCrawler(parts: {
  storage: ReturnType<typeof openSqliteStorage>;
  queues: ReturnType<typeof openSqliteQueueBackend>;
  clock: StageClock;
  client: ReturnType<typeof createHttpClient>;
  pure: PureStages;
}) {
  const { storage, queues, clock, client, pure } = parts;
  const { items, documents, sources, urlAliases: aliases } = storage;
  const http = { userAgent: 'PressWatchBench/1.0', timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, client };
  const scheduler = createScheduler({ sources, crawl: queues.queue(crawlQueue), logger: quiet });
  const crawl = createCrawlHandler({
    sources,
    items,
    aliases,
    queues: { fetch: queues.queue(fetchQueue) },
    http,
    logger: quiet,
  });
  const fetch = createFetchHandler({
    sources,
    items,
    documents,
    aliases,
    http,
    logger: quiet,
    queues: { process: queues.queue(processQueue) },
    extract: clock.timeAsync('fetch: extract', (input) => pure.extract(input)),
  });
  const workers = [
    queues.work(crawlQueue, clock.timeAsync('crawl stage', crawl), { concurrency: CONCURRENCY.crawl }),
    queues.work(fetchQueue, clock.timeAsync('fetch stage', fetch), { concurrency: CONCURRENCY.fetch }),
  ];
  scheduler.start(1_000);
  return { scheduler, workers };
}

interface ProcessorChild {
  start(): void;
  stop(): Promise<ProcessorReport>;
}

/** The processor in its own process on the same store and queue files, once its model is loaded. */
async function startProcessorChild(dir: string): Promise<ProcessorChild> {
  const child = fork(resolve('bench/crawl-processor.ts'), [dir], { execArgv: ['--import', 'tsx'] });
  await new Promise<void>((ready, failed) => {
    child.once('message', () => ready());
    child.once('exit', (code) => failed(new Error(`processor child exited (${code})`)));
  });
  return {
    start: () => child.send('start'),
    stop: () =>
      new Promise<ProcessorReport>((done) => {
        child.once('message', (report) => done(report as ProcessorReport));
        child.send('stop');
      }),
  };
}

/** Polled once an hour at most: each round crawls every outlet exactly once. */
function feedSource(id: string, url: string) {
  return pipelineFeedSource(id, url, { minPollSeconds: 3_600, maxPollSeconds: 7_200 });
}

async function main() {
  relaunchWithCliNodeFlags();
  const corpus = await readCorpus(ARTICLES);
  const articles = corpus && corpus.length >= ARTICLES ? corpus : fillerArticles(ARTICLES);
  const text = corpus ? '../shared/corpus/vi-news.jsonl' : 'fictional filler (../shared/corpus missing)';
  const pool = process.env.BENCH_POOL === 'off' ? 'off' : (process.env.BENCH_POOL_SIZE ?? 'default');
  console.log(
    `crawl: ${ARTICLES} articles over ${OUTLETS} feeds; layout: ${LAYOUT}; pure-stage pool: ${pool}; text: ${text}; node flags: ${nodeFlagsLabel()}`,
  );
  // One pool for all runs, as `presswatch start` keeps one for its lifetime: the first run pays
  // for its workers' start and JIT warm-up, later runs measure it warm. In the one-process layout
  // the crawler's extraction and the processor's classification share it; in the two-process
  // layout each process has its own (the processor child's is fresh each run).
  const pure = benchPureStages();
  const runs: RunResult[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) runs.push(await runOnce(articles, run, pure));
  } finally {
    await pure.close();
  }
  const rows = runs.map((r, i) => ({
    run: i + 1,
    'pages/s': r.pagesPerSecond.toFixed(1),
    'wall s': r.wallSeconds.toFixed(1),
    'CPU s': r.cpuSeconds.toFixed(1),
    'pages per CPU s': (ARTICLES / r.cpuSeconds).toFixed(1),
    'main thread CPU ms/page':
      r.mainThreadCpuSeconds === null ? '-' : ((1000 * r.mainThreadCpuSeconds) / ARTICLES).toFixed(2),
    'peak RSS MB': r.peakRssMb,
  }));
  printTable(rows);
  const allMedian = median(runs.map((r) => r.pagesPerSecond));
  // Run 1 starts the pool's workers and compiles the code; later runs are the process as it runs
  // for hours.
  const warmMedian = runs.length > 1 ? median(runs.slice(1).map((r) => r.pagesPerSecond)) : null;
  console.log(
    `median pages/s: ${allMedian.toFixed(1)} over all ${runs.length} runs` +
      (warmMedian === null
        ? ''
        : `; ${warmMedian.toFixed(1)} over ${runs.length === 2 ? 'run 2' : `runs 2–${runs.length}`} (warm)`),
  );
  const stages = Object.keys(runs[0]!.stagesMs);
  printTable(
    stages.map((stage) => ({
      stage,
      'ms per page (median of runs)': (median(runs.map((r) => r.stagesMs[stage]!)) / ARTICLES).toFixed(2),
    })),
  );
  const path = writeResult('crawl', {
    articles: ARTICLES,
    outlets: OUTLETS,
    layout: LAYOUT,
    pool,
    nodeFlags: nodeFlagsLabel(),
    concurrency: CONCURRENCY,
    text,
    medianPagesPerSecond: allMedian,
    medianWarmPagesPerSecond: warmMedian,
    runs,
  });
  console.log(`written ${path}`);
}

await main();
