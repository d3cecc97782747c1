// Where the crawl benchmark's CPU goes, per thread: self time by package, file or function, from
// the V8 profiles `--cpu-prof` writes (one .cpuprofile per thread: the main thread, the pure-stage
// pool, the WAL checkpointer, tsx's loader thread).
//   BENCH_RUNS=1 node --cpu-prof --cpu-prof-dir=/tmp/crawl-prof --import tsx bench/crawl.bench.ts
//   node --import tsx bench/crawl-profile.ts /tmp/crawl-prof [package|file|function] [top=25]
// Samples are taken on a timer, so on a loaded machine a thread that waits for the CPU is charged
// to whatever it was running: compare shares within one profile, not milliseconds across runs.
// The WAL checkpointer sleeps in Atomics.wait, which samples as "[worker eval]": waiting, not CPU.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

type Grouping = 'package' | 'file' | 'function';

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function keyOf(frame: ProfileNode['callFrame'], grouping: Grouping): string {
  const url = frame.url.replace(/^file:\/\/.*?\/(packages|services|bench|node_modules)\//, '$1/');
  if (grouping === 'function') return `${frame.functionName || '(anonymous)'} ${url}:${frame.lineNumber + 1}`;
  if (grouping === 'file' || !url) return url || frame.functionName;
  const match = url.match(
    /^(node_modules\/(@[^/]+\/)?[^/]+|packages\/[^/]+|services\/[^/]+|bench|node:[^/]+)/,
  );
  return match?.[0] ?? url;
}

/** Self time in ms per key, and the thread's busy time (idle and (program) left out). */
function summarise(profile: CpuProfile, grouping: Grouping) {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id)!;
    const us = profile.timeDeltas[i] ?? 0;
    const key = IDLE.has(frame.functionName) ? frame.functionName : keyOf(frame, grouping);
    self.set(key, (self.get(key) ?? 0) + us);
    if (frame.functionName !== '(idle)' && frame.functionName !== '(program)') busyUs += us;
  });
  return { self, busyMs: busyUs / 1000 };
}

function main(): void {
  const [dir, grouping = 'package', top = '25'] = process.argv.slice(2);
  if (!dir)
    throw new Error('usage: crawl-profile.ts <dir of .cpuprofile files> [package|file|function] [top]');
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  for (const name of files) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
    const { self, busyMs } = summarise(profile, grouping as Grouping);
    console.log(`\n${name}: busy ${busyMs.toFixed(0)} ms`);
    const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top));
    for (const [key, us] of rows) {
      const share = IDLE.has(key) ? '' : `${((100 * us) / 1000 / busyMs).toFixed(1)}% of busy`;
      console.log(`${(us / 1000).toFixed(0).padStart(8)} ms  ${share.padStart(13)}  ${key}`);
    }
  }
}

main();
