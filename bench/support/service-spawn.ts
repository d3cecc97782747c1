// PressWatch services as child processes for benchmarks: `presswatch start <service>` (the same
// command docker-compose.yml and the fault tests run), with the bench DNS preload, reading their
// JSON log lines as they come to note when each item was stored ("item stored", a debug line, so
// LOG_LEVEL=debug) and how much CPU each process used.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopOnSignals } from './engine-node.ts';
import { cliNodeFlags } from './node-flags.ts';

const here = dirname(fileURLToPath(import.meta.url));
const REPO = join(here, '../..');
const CLI = join(REPO, 'services/cli/bin/presswatch.mjs');
const DNS_PRELOAD = join(here, 'bench-dns.mjs');

export interface BenchService {
  readonly name: string;
  readonly pid: number;
  /** Log times (ms since the epoch) of every "item stored" line so far. */
  readonly storedAt: number[];
  /** Resolves on the first log line with this msg; rejects if the process exits first. */
  waitForLog(msg: string, timeoutMs?: number): Promise<void>;
  /** user+system CPU seconds so far (from /proc; the process must still run). */
  cpuSeconds(): number;
  output(): string;
  stop(): Promise<void>;
}

export function startBenchService(service: string, env: Record<string, string>): BenchService {
  const child = spawn(process.execPath, [...cliNodeFlags(), CLI, 'start', service], {
    cwd: REPO,
    env: { ...cleanEnv(), ...env, NODE_OPTIONS: `--import ${DNS_PRELOAD}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // An interrupted benchmark must not leave services running (SIGTERM is sent synchronously).
  stopOnSignals(() => void stopChild(child));
  const storedAt: number[] = [];
  const seen = new Set<string>();
  let tail = '';
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) readLine(line, storedAt, seen);
    tail = (tail + chunk.toString()).slice(-4000);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  });
  return {
    name: service,
    pid: child.pid ?? -1,
    storedAt,
    waitForLog: (msg, timeoutMs = 120_000) => waitForLine(child, seen, msg, timeoutMs, () => tail),
    cpuSeconds: () => processCpuSeconds(child.pid ?? -1),
    output: () => tail,
    stop: () => stopChild(child),
  };
}

function readLine(line: string, storedAt: number[], seen: Set<string>): void {
  if (!line.startsWith('{')) return;
  try {
    const entry = JSON.parse(line) as { msg?: string; time?: string | number };
    if (!entry.msg) return;
    seen.add(entry.msg);
    if (entry.msg === 'item stored') {
      storedAt.push(typeof entry.time === 'number' ? entry.time : Date.parse(String(entry.time)));
    }
  } catch {
    // Not a log line.
  }
}

async function waitForLine(
  child: ChildProcess,
  seen: Set<string>,
  msg: string,
  timeoutMs: number,
  tail: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!seen.has(msg)) {
    if (child.exitCode !== null) throw new Error(`service exited (${child.exitCode}):\n${tail()}`);
    if (Date.now() > deadline) throw new Error(`no "${msg}" within ${timeoutMs} ms:\n${tail()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** utime + stime of a live process, in seconds (USER_HZ is 100 on Linux). */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The bench's own PRESSWATCH_*, REDIS_*, SEARCH_* settings must not leak into a service. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(PRESSWATCH_|REDIS_|SEARCH_|SMTP_|NODE_OPTIONS)/.test(name),
    ),
  );
}
