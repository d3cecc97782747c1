// How the contract tests (and their worker child process) open a queue backend: real storage,
// with leases and lock intervals short enough that recovery tests take a second or two.
import type { QueueBackend } from '@presswatch/domain';
import { openBullmqQueueBackend } from '@presswatch/queue-bullmq';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';

export type BackendConfig =
  | { adapter: 'sqlite'; path: string }
  | { adapter: 'bullmq'; redisUrl: string; prefix: string };

/** Lease / lock length in tests: a killed worker's job is taken over about this long after. */
export const TEST_LEASE_MS = 1_000;

const quietLogger = { warn: () => {}, error: (obj: object, msg: string) => console.error(msg, obj) };

export function openTestBackend(config: BackendConfig): QueueBackend {
  if (config.adapter === 'sqlite') {
    return openSqliteQueueBackend({
      path: config.path,
      pollIntervalMs: 25,
      leaseMs: TEST_LEASE_MS,
      logger: quietLogger,
    });
  }
  return openBullmqQueueBackend({
    redisUrl: config.redisUrl,
    prefix: config.prefix,
    lockDurationMs: TEST_LEASE_MS,
    stalledIntervalMs: TEST_LEASE_MS / 2,
    logger: quietLogger,
  });
}
