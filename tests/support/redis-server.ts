// A throwaway redis-server for the test run (no persistence), or the one REDIS_URL names.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { freePort } from './free-port.ts';

export interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;

/** Uses REDIS_URL when set; otherwise starts redis-server on a free loopback port. */
export async function startRedis(): Promise<RedisHandle> {
  const external = process.env.REDIS_URL;
  if (external) return { url: external, stop: async () => {} };
  assertInstalled();
  const port = await freePort();
  const server = await spawnRedisServer(port, ['--save', '', '--appendonly', 'no']);
  return { url: `redis://127.0.0.1:${port}`, stop: server.stop };
}

/**
 * Starts redis-server on 127.0.0.1:`port` with the extra `args` and waits until it answers PING
 * (a server that exits or stays silent fails with its output). `stop` sends SIGTERM, which
 * lets Redis flush its AOF, and SIGKILL after 5 s.
 */
export async function spawnRedisServer(port: number, args: string[]): Promise<{ stop(): Promise<void> }> {
  const all = ['--port', String(port), '--bind', '127.0.0.1', ...args];
  const child = spawn('redis-server', all, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  try {
    await waitForPong(port, child, () => output);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { stop: () => stopProcess(child) };
}

/** A Redis key prefix no other test (or test run) uses. */
export function uniqueRedisPrefix(label = 'test'): string {
  return `pw-${label}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

function assertInstalled(): void {
  const probe = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  if (probe.error) {
    throw new Error(
      'redis-server is not installed; the BullMQ contract tests need it. ' +
        'Install it with `apt-get install redis-server`, or set REDIS_URL to a running server.',
    );
  }
}

async function waitForPong(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`redis-server exited with code ${child.exitCode}:\n${output()}`);
    }
    if (await pings(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `redis-server did not answer PING on port ${port} within ${START_TIMEOUT_MS} ms:\n${output()}`,
  );
}

/** One raw PING over TCP, so no client library (and its reconnect logic) is involved. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
