// An OpenSearch node of infra/search-node for benchmarks, started with start.sh (its own heap and
// JIT options, an optional data dir kept across runs) and always stopped with stop.sh: on return,
// on an error and on SIGINT/SIGTERM, since start.sh detaches the JVM (setsid) and a killed
// benchmark would otherwise leave it running.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../infra/search-node');

/** Full JIT and G1 for throughput (the test default is C1 only with SerialGC, for start-up). */
export const BENCH_JAVA_OPTS = '-Xms1g -Xmx1g -XX:+UseG1GC';

export interface BenchEngineNode {
  url: string;
  /** The JVM's pid (for CPU time and RSS readings). */
  pid: number;
  stop(): void;
}

export interface BenchEngineOptions {
  /** Where start.sh keeps the URL, pid, port and log files of this node. */
  runDir: string;
  javaOpts?: string;
  /** A data dir kept across runs (SEARCH_NODE_HOME); a temp dir removed at stop when absent. */
  home?: string;
  /** How long start.sh waits for health yellow (SEARCH_NODE_START_TIMEOUT); default 600 s. */
  startTimeoutSeconds?: number;
}

/** Starts the node (or reuses the one runDir names when it is still up) and waits for yellow. */
export function startBenchEngine(options: BenchEngineOptions): BenchEngineNode {
  mkdirSync(options.runDir, { recursive: true });
  const urlFile = join(options.runDir, 'url');
  const env = {
    ...process.env,
    SEARCH_NODE_JAVA_OPTS: options.javaOpts ?? BENCH_JAVA_OPTS,
    // Reopening a large data dir recovers dozens of shards before health is yellow.
    SEARCH_NODE_START_TIMEOUT:
      process.env.SEARCH_NODE_START_TIMEOUT ?? String(options.startTimeoutSeconds ?? 600),
    ...(options.home && { SEARCH_NODE_HOME: options.home }),
  };
  const started = spawnSync('bash', [join(NODE_DIR, 'start.sh'), urlFile], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (started.status !== 0) throw new Error(`search node did not start (start.sh exit ${started.status})`);
  const url = started.stdout.trim().split('\n').at(-1)!;
  const pid = Number(spawnSync('cat', [`${urlFile}.pid`], { encoding: 'utf8' }).stdout.trim());
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync('bash', [join(NODE_DIR, 'stop.sh'), urlFile], { stdio: 'inherit' });
  };
  stopOnSignals(stop);
  return { url, pid, stop };
}

const cleanups: (() => void)[] = [];

/** Runs `stop` when the process is interrupted or terminated, then exits with 130/143. */
export function stopOnSignals(stop: () => void): void {
  if (cleanups.length === 0) {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.once(signal, () => {
        console.error(`\n${signal}: stopping what the benchmark started …`);
        for (const cleanup of cleanups.splice(0).reverse()) cleanup();
        process.exit(code);
      });
    }
  }
  cleanups.push(stop);
}

/** Engine JSON over plain fetch, for the admin calls the adapter has no port for. */
export async function engineJson<T = unknown>(url: string, path: string, method = 'GET', body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as T;
}
