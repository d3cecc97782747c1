// A redis-server of one test's own, persisted like docker-compose.yml's (AOF on, fsync every
// second) in a temp directory, that the test can stop and start again on the same port and
// directory — a Redis restart under running services.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../support/free-port.ts';
import { spawnRedisServer } from '../../support/redis-server.ts';

export interface DurableRedis {
  readonly url: string;
  /** SIGTERM: Redis flushes its AOF and exits, as `docker compose restart redis` does. */
  stop(): Promise<void>;
  /** Starts it again on the same port and directory (it reloads the AOF). */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  destroy(): Promise<void>;
}

export async function startDurableRedis(): Promise<DurableRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pw-redis-aof-'));
  const args = ['--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'everysec'];
  let server: { stop(): Promise<void> } | null = null;

  const start = async () => {
    server = await spawnRedisServer(port, args);
  };
  const stop = async () => {
    const running = server;
    server = null;
    await running?.stop();
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
