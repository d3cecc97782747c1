// The test search node: OpenSearch 2.19 from infra/search-node (Maven Central jars, own JVM), or
// the engine SEARCH_URL names. Its URL is handed out at once: a loopback forwarder starts the JVM
// on the first connection and holds requests until it is up, so no suite waits needlessly.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDeferredForwarder } from './deferred-tcp-forwarder.ts';

export interface SearchNodeHandle {
  /**
   * Usable immediately. The JVM starts on the first connection (suites that never search never
   * pay for it); requests wait until it is up, or get a 503 saying why it did not start.
   */
  url: string;
  /** Starts the node if needed; resolves once it answers, rejects with why it did not start. */
  ready(): Promise<void>;
  /** Why the node failed to start, once it has (not when it was stopped while starting). */
  failure(): Error | undefined;
  stop(): Promise<void>;
}

export type SearchNodeStart =
  | { available: true; node: SearchNodeHandle }
  | { available: false; reason: string };

const NODE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../infra/search-node');
const START_TIMEOUT_MS = 180_000;
// A small heap; C1 only (TieredStopAtLevel=1) halves the CPU the start-up takes on 2 cores.
const DEFAULT_JAVA_OPTS = '-Xms256m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1';

/**
 * SEARCH_URL when set; otherwise builds infra/search-node if needed (bash build.sh, a no-op when
 * built) and starts it on a free port. Without Java/Maven, or when the build fails, the node is
 * unavailable, which is an error under CI=true and a visible skip elsewhere.
 */
export async function startSearchNode(): Promise<SearchNodeStart> {
  const external = process.env.SEARCH_URL;
  if (external) {
    const url = external.replace(/\/$/, '');
    const node = { url, ready: async () => {}, failure: () => undefined, stop: async () => {} };
    return { available: true, node };
  }
  const problem = (await buildProblem()) ?? (hasJava() ? null : `${javaPath()} does not run`);
  if (problem) {
    const reason = `${problem}; or set SEARCH_URL to a running engine`;
    if (process.env.CI === 'true') throw new Error(`search node: ${reason}`);
    return { available: false, reason };
  }
  return { available: true, node: await launch() };
}

/** Waits until the node at `url` answers cluster health yellow/green; throws why it cannot. */
export async function waitForSearchNode(url: string, timeoutMs = START_TIMEOUT_MS): Promise<void> {
  const response = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=30s`, {
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`search node at ${url}: HTTP ${response.status}: ${body}`);
}

function hasJava(): boolean {
  return !spawnSync(javaPath(), ['-version'], { stdio: 'ignore' }).error;
}

/** The java build.sh chose (OpenSearch 2.19 runs on Java 11-21). */
function javaPath(): string {
  return readFileSync(join(NODE_DIR, 'target/java-path.txt'), 'utf8').trim();
}

/** Runs build.sh; null when the node is built, else why not. */
function buildProblem(): Promise<string | null> {
  return new Promise((done) => {
    const child = spawn('bash', [join(NODE_DIR, 'build.sh')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', (error) => done(`cannot run bash: ${error.message}`));
    child.once('exit', (code) => {
      if (code === 0) done(null);
      else if (code === 3) done(output.trim() || 'java or mvn is not installed');
      else done(`infra/search-node/build.sh failed (exit ${code}):\n${output}`);
    });
  });
}

async function launch(): Promise<SearchNodeHandle> {
  let booting: Promise<void> | undefined;
  let failure: Error | undefined;
  let stopping = false;
  let stopRunning = async () => {};
  const boot = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-search-node-'));
    if (stopping) return rm(dir, { recursive: true, force: true });
    const child = spawnNode(dir);
    stopRunning = () => stopProcess(child.process).then(() => rm(dir, { recursive: true, force: true }));
    try {
      forwarder.forwardTo(await waitForPortFile(join(dir, 'port'), child.process, child.output));
    } catch (error) {
      forwarder.fail((error as Error).message);
      if (!stopping) {
        failure = error as Error;
        console.error(`search node failed to start: ${failure.message}`);
      }
      throw error;
    }
  };
  const ready = () => {
    booting ??= boot();
    return booting;
  };
  const forwarder = await startDeferredForwarder(() => {
    ready().catch(() => {}); // reported above, and to whoever awaits ready()
  });
  return {
    url: `http://127.0.0.1:${forwarder.port}`,
    ready,
    failure: () => failure,
    stop: async () => {
      stopping = true;
      forwarder.fail('the test run is over');
      await stopRunning();
      await forwarder.close();
    },
  };
}

/** Spawns the launcher JVM with its home and port file in `dir`, keeping the output's tail. */
function spawnNode(dir: string): { process: ChildProcess; output: () => string } {
  const classpath = readFileSync(join(NODE_DIR, 'target/launch-classpath.txt'), 'utf8').trim();
  const javaOpts = (process.env.SEARCH_NODE_JAVA_OPTS ?? DEFAULT_JAVA_OPTS).split(/\s+/).filter(Boolean);
  const args = [...javaOpts, '-XX:+ExitOnOutOfMemoryError', '-cp', classpath];
  args.push('org.presswatch.searchnode.Launcher', '--home', join(dir, 'home'));
  args.push('--port-file', join(dir, 'port'), '--exit-with-parent');
  const child = spawn(javaPath(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.once('error', (error) => collect(Buffer.from(`spawn failed: ${error.message}`)));
  return { process: child, output: () => output };
}

async function waitForPortFile(file: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasEnded(child)) {
      throw new Error(`search node exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text.endsWith('\n')) return Number(text.trim());
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`search node not up within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

/** Exited, killed, or never spawned (no pid: spawn failed). */
function hasEnded(child: ChildProcess): boolean {
  return child.pid === undefined || child.exitCode !== null || child.signalCode !== null;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (hasEnded(child)) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
