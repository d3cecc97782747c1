// One distributed deployment for a test: a temp data directory (the shared SQLite store), a
// sources file, a Redis key prefix of its own, and the services started in it — all stopped and
// removed by close().
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { stringify } from 'yaml';
import { uniqueRedisPrefix } from '../../support/redis-server.ts';
import { deploymentEnv, type ServiceName, type ServiceProcess, startService } from './service-process.ts';

export interface Deployment {
  readonly dataDir: string;
  readonly prefix: string;
  readonly redisUrl: string;
  /** Environment every service of this deployment gets (plus per-service extras). */
  env(extra?: Record<string, string>): Record<string, string>;
  start(service: ServiceName, extra?: Record<string, string>): ServiceProcess;
  /** The tail of every started process's output, for failure messages. */
  describe(): string;
  close(): Promise<void>;
}

export function createDeployment(options: {
  redisUrl: string;
  label: string;
  extra?: Record<string, string>;
}): Deployment {
  const dataDir = mkdtempSync(join(tmpdir(), `pw-${options.label}-`));
  const sourcesFile = join(dataDir, 'sources.yaml');
  // No sources from the file: tests add theirs to the store (the file insists on polls ≥ 10 s).
  writeFileSync(sourcesFile, stringify({ sources: [] }));
  const prefix = uniqueRedisPrefix(options.label);
  const started: ServiceProcess[] = [];
  const env = (extra: Record<string, string> = {}) =>
    deploymentEnv({
      redisUrl: options.redisUrl,
      redisPrefix: prefix,
      dataDir,
      sourcesFile,
      extra: { ...options.extra, ...extra },
    });
  return {
    dataDir,
    prefix,
    redisUrl: options.redisUrl,
    env,
    start(service, extra) {
      const process = startService(service, env(extra));
      started.push(process);
      return process;
    },
    describe() {
      return started.map((p) => `--- ${p.service} (pid ${p.pid}) ---\n${p.output().slice(-3000)}`).join('\n');
    },
    async close() {
      await Promise.all(started.map((process) => process.kill('SIGKILL')));
      await deleteKeys(options.redisUrl, prefix).catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
