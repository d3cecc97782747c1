// presswatch classify throughput on real Vietnamese news (../shared/corpus/vi-news.jsonl, 3.7 kB
// per article on average), single process. Env BENCH_ITEMS sets the article count (default: all).
//   core:  classifyJsonLine (JSON.parse, classify, output object) + JSON.stringify, no I/O —
//          timed by wall clock and by this process's CPU time (which a busy machine inflates less)
//   cli:   `node services/cli/bin/presswatch.mjs classify` with the corpus piped through it —
//          whole run (startup included), steady state (first output line to last), and the
//          command's lines per CPU second in the steady state (Linux: /proc, bench/classify-cpu.ts)
//   reference: NFC + lower-case of the same articles, which issue 4 measured at 64,000 docs/s on
//          this machine: it shows how fast the machine is running during the measurement
//   output hash: SHA-256 of every output line (JSON + '\n') of the core run, in corpus order, so a
//          speed change can be checked to leave the classifications byte-identical
// The goal (issue 4) is ≥ 5,000 docs/s on one core for 3 kB articles.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyJsonLine, loadClassifierModel } from '@presswatch/classify';
import { type CpuSample, sampleCpu } from './classify-cpu.ts';
import { type CorpusArticle, printTable, readCorpus, writeResult } from './support.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const COUNT = Number(process.env.BENCH_ITEMS ?? 1_000_000);
const WARMUP = 1_000;
/** Characters of input written to the command at a time. */
const FEED_CHARS = 1 << 18;

interface Throughput {
  docs: number;
  seconds: number;
  docsPerSecond: number;
}

function toLine(article: CorpusArticle): string {
  return JSON.stringify({
    id: article.id,
    title: article.title,
    text: article.text,
    lang: 'vi',
    url: article.url,
  });
}

/** NFC + lower-case of title and text, the yardstick for this machine's speed. */
function measureReference(corpus: CorpusArticle[]): Throughput {
  let length = 0;
  const start = performance.now();
  for (const article of corpus)
    length += `${article.title}\n${article.text}`.normalize('NFC').toLowerCase().length;
  const seconds = (performance.now() - start) / 1000;
  if (length === 0) throw new Error('empty corpus');
  return rate(corpus.length, seconds);
}

function measureCore(lines: string[]): { wall: Throughput; cpu: Throughput; assigned: number; hash: string } {
  const model = loadClassifierModel({
    topicsDir: join(repo, 'config/topics'),
    gazetteerDir: join(repo, 'config/gazetteer'),
  });
  for (const line of lines.slice(0, WARMUP)) classifyJsonLine(line, model);
  let assigned = 0;
  // Hashing each output as it comes (as the CLI writes it out) costs about 0.5 % of the loop.
  const hash = createHash('sha256');
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (const line of lines) {
    const result = classifyJsonLine(line, model);
    if (!result.ok) throw new Error(result.error);
    hash.update(`${JSON.stringify(result.output)}\n`);
    if (result.output.topics.length > 0) assigned++;
  }
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    wall: rate(lines.length, wallSeconds),
    cpu: rate(lines.length, cpuSeconds),
    assigned,
    hash: hash.digest('hex'),
  };
}

async function measureCli(
  lines: string[],
): Promise<{ whole: Throughput; steady: Throughput; steadyCpu: Throughput | null }> {
  const child = spawn(process.execPath, [join(repo, 'services/cli/bin/presswatch.mjs'), 'classify'], {
    cwd: repo,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const start = performance.now();
  let firstOutput = 0;
  let outputLines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    if (firstOutput === 0) firstOutput = performance.now();
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) outputLines++;
  });
  const exited = new Promise<number | null>((done) => child.on('close', done));
  const cpu = sampleCpu(child.pid, () => outputLines);
  // Lines go out in batches of about FEED_CHARS: one write per line cost this process enough CPU
  // (a string and a system call per line) to slow the command down on a two-core machine.
  let batch = '';
  for (const line of lines) {
    batch += `${line}\n`;
    if (batch.length < FEED_CHARS) continue;
    if (!child.stdin.write(batch)) await new Promise((done) => child.stdin.once('drain', done));
    batch = '';
  }
  child.stdin.end(batch);
  const status = await exited;
  const end = performance.now();
  cpu.stop();
  if (status !== 0 || outputLines !== lines.length) {
    throw new Error(`classify exited ${status} with ${outputLines} of ${lines.length} lines`);
  }
  return {
    whole: rate(lines.length, (end - start) / 1000),
    steady: rate(lines.length - 1, (end - firstOutput) / 1000),
    steadyCpu: cpuRate(cpu.window()),
  };
}

/** Lines per CPU second of the command between two samples of its steady state. */
function cpuRate(window: { first: CpuSample; last: CpuSample } | null): Throughput | null {
  if (!window) return null;
  return rate(window.last.lines - window.first.lines, window.last.cpuSeconds - window.first.cpuSeconds);
}

function rate(docs: number, seconds: number): Throughput {
  return { docs, seconds: round(seconds, 2), docsPerSecond: Math.round(docs / seconds) };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

async function main() {
  const corpus = await readCorpus(COUNT);
  if (!corpus) {
    console.log('classify: ../shared/corpus is missing; skipped');
    return;
  }
  const lines = corpus.map(toLine);
  const averageBytes = Math.round(
    corpus.reduce((sum, a) => sum + Buffer.byteLength(a.title + a.text), 0) / corpus.length,
  );
  const reference = measureReference(corpus);
  const core = measureCore(lines);
  const cli = await measureCli(lines);
  printTable([
    {
      measure: 'reference: NFC + lower-case',
      docs: reference.docs,
      seconds: reference.seconds,
      'docs/s': reference.docsPerSecond,
    },
    {
      measure: 'core, wall clock',
      docs: core.wall.docs,
      seconds: core.wall.seconds,
      'docs/s': core.wall.docsPerSecond,
    },
    {
      measure: 'core, CPU time',
      docs: core.cpu.docs,
      seconds: core.cpu.seconds,
      'docs/s': core.cpu.docsPerSecond,
    },
    {
      measure: 'CLI pipe, whole run',
      docs: cli.whole.docs,
      seconds: cli.whole.seconds,
      'docs/s': cli.whole.docsPerSecond,
    },
    {
      measure: 'CLI pipe, steady',
      docs: cli.steady.docs,
      seconds: cli.steady.seconds,
      'docs/s': cli.steady.docsPerSecond,
    },
    ...(cli.steadyCpu
      ? [
          {
            measure: 'CLI pipe, steady, CPU time',
            docs: cli.steadyCpu.docs,
            seconds: cli.steadyCpu.seconds,
            'docs/s': cli.steadyCpu.docsPerSecond,
          },
        ]
      : []),
  ]);
  console.log(`average article ${averageBytes} bytes; ${core.assigned} articles got at least one topic`);
  console.log(`output hash (SHA-256 of the ${lines.length} output lines): ${core.hash}`);
  const path = writeResult('classify', { averageBytes, reference, core, cli, goalDocsPerSecond: 5_000 });
  console.log(`wrote ${path}`);
}

await main();
