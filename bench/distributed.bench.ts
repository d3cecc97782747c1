// Distributed-mode throughput (issue 7): the crawl benchmark's web (BENCH_ARTICLES pages, default
// 2,000, over BENCH_OUTLETS feeds, default 20, real articles from ../shared/corpus when present)
// run through the services as separate processes — `presswatch start scheduler`, `crawler`,
// `notifier` and 1, 2, 4 (BENCH_PROCESSORS) `processor`s on BullMQ over a real redis-server, items
// in a real OpenSearch node (infra/search-node; SEARCH_URL to use another) — and, for comparison,
// through the embedded all-in-one process (`presswatch start all`: SQLite store and queue).
// items/s is measured from the first item stored to the last (log times of "item stored"), so
// start-up and the first feed fetch are not counted; the scaling ratio is against 1 processor.
// BENCH_RUNS (1) runs per layout; the median is reported. A warm-up run of BENCH_WARMUP (200)
// articles through 1 processor goes first (not reported), so the engine's JIT is warm for all.
import { startRedis } from '../tests/support/redis-server.ts';
import { fillerArticles } from './crawl-web.ts';
import { type Layout, layoutName, type RunResult, runLayout } from './distributed-run.ts';
import { BENCH_JAVA_OPTS, startBenchEngine, stopOnSignals } from './support/engine-node.ts';
import { median, printTable, readCorpus, writeResult } from './support.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2_000);
const OUTLETS = Number(process.env.BENCH_OUTLETS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const PROCESSORS = (process.env.BENCH_PROCESSORS ?? '1,2,4').split(',').map(Number);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const TIMEOUT_MS = 15 * 60_000;

function layouts(): Layout[] {
  return [
    { kind: 'embedded' },
    ...PROCESSORS.map((processors) => ({ kind: 'distributed' as const, processors })),
  ];
}

function engineNode(): { url: string; pid: number | null; stop(): void } {
  if (process.env.SEARCH_URL) return { url: process.env.SEARCH_URL, pid: null, stop: () => {} };
  const dir = `/tmp/pw-bench-dist-engine-${process.pid}`;
  return startBenchEngine({ runDir: dir, javaOpts: BENCH_JAVA_OPTS });
}

function summarise(results: Map<string, RunResult[]>): Record<string, string | number>[] {
  const rate = (layout: Layout) => median(results.get(layoutName(layout))!.map((r) => r.itemsPerSecond));
  const base = rate({ kind: 'distributed', processors: 1 });
  return layouts().map((layout) => {
    const runs = results.get(layoutName(layout))!;
    const last = runs.at(-1)!;
    return {
      layout: layoutName(layout),
      'items/s': +rate(layout).toFixed(1),
      'vs 1 processor': layout.kind === 'distributed' ? +(rate(layout) / base).toFixed(2) : '—',
      'store span s': +last.storeSpanSeconds.toFixed(1),
      'wall s': +last.wallSeconds.toFixed(1),
      stored: last.stored,
      'in engine': last.indexed ?? '—',
      'CPU s by service': Object.entries(last.cpuSeconds)
        .map(([name, s]) => `${name} ${s}`)
        .join(', '),
    };
  });
}

async function main() {
  const corpus = await readCorpus(ARTICLES);
  const articles = corpus && corpus.length >= ARTICLES ? corpus : fillerArticles(ARTICLES);
  const text = corpus ? '../shared/corpus/vi-news.jsonl' : 'fictional filler (../shared/corpus missing)';
  console.log(`distributed: ${ARTICLES} articles over ${OUTLETS} feeds; text: ${text}`);
  const redis = await startRedis();
  stopOnSignals(() => void redis.stop());
  const engine = engineNode();
  const results = new Map<string, RunResult[]>();
  try {
    const deps = {
      articles,
      outlets: OUTLETS,
      redisUrl: redis.url,
      searchUrl: engine.url,
      enginePid: engine.pid,
      timeoutMs: TIMEOUT_MS,
    };
    if (WARMUP > 0) {
      console.log(`  warm-up: ${WARMUP} articles, 1 processor …`);
      await runLayout(
        { kind: 'distributed', processors: 1 },
        { ...deps, articles: articles.slice(0, WARMUP) },
      );
    }
    for (let run = 1; run <= RUNS; run++) {
      for (const layout of layouts()) {
        console.log(`  run ${run}: ${layoutName(layout)} …`);
        const result = await runLayout(layout, deps);
        console.log(
          `    ${result.itemsPerSecond.toFixed(1)} items/s over ${result.storeSpanSeconds.toFixed(1)} s`,
        );
        results.set(result.layout, [...(results.get(result.layout) ?? []), result]);
      }
    }
  } finally {
    engine.stop();
    await redis.stop();
  }
  const rows = summarise(results);
  printTable(rows);
  const file = writeResult('distributed', {
    articles: ARTICLES,
    outlets: OUTLETS,
    runs: RUNS,
    rows,
    all: Object.fromEntries(results),
  });
  console.log(`wrote ${file}`);
}

await main();
