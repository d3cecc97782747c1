// A leader lease in Redis: SET key owner NX PX ttl to take it, a compare-and-PEXPIRE script to
// renew it every renewMs, a compare-and-DEL script to release it on close. A follower retries the
// SET every renewMs and takes over once the leader's lease has expired (a dead leader stops
// renewing). A leader that cannot renew stops its task once its own lease has surely run out, so
// two leaders never run past one TTL even across a network split.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { LeaderElection, LeaderTask } from '@presswatch/domain';
import { Redis } from 'ioredis';
import { consoleLogger, type QueueLogger } from './logger.ts';

type LeaderLogger = QueueLogger & { info?(obj: object, msg: string): void };

export interface RedisLeaderOptions {
  redisUrl: string;
  /** Redis key prefix (REDIS_PREFIX): the key is `<prefix>:leader:<name>`. */
  prefix?: string;
  name: string;
  /** How long a lease lives without renewal: the longest a dead leader blocks a takeover. */
  ttlMs?: number;
  /** Renewal (leader) and retry (follower) interval; default ttlMs / 3. */
  renewMs?: number;
  logger?: LeaderLogger;
}

const RENEW_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1]) else return 0 end`;

export function createRedisLeaderElection(options: RedisLeaderOptions): LeaderElection {
  const ttlMs = options.ttlMs ?? 15_000;
  const renewMs = options.renewMs ?? Math.max(50, Math.floor(ttlMs / 3));
  const logger: LeaderLogger = options.logger ?? consoleLogger;
  const key = `${options.prefix ?? 'presswatch'}:leader:${options.name}`;
  const owner = `${hostname()}:${process.pid}:${randomBytes(6).toString('hex')}`;
  // Fail fast while Redis is away: a slow answer must not outlive the lease it renews.
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, commandTimeout: renewMs });
  redis.on('error', (error) => logger.warn({ err: error.message, lease: key }, 'leader redis error'));

  let task: LeaderTask | null = null;
  let leader = false;
  let leaseUntil = 0;
  let timer: NodeJS.Timeout | null = null;
  let pass: Promise<void> = Promise.resolve();
  let closed = false;

  async function elect(): Promise<void> {
    const startedAt = Date.now();
    const taken = await redis.set(key, owner, 'PX', ttlMs, 'NX');
    if (taken !== 'OK' || closed) return;
    leader = true;
    leaseUntil = startedAt + ttlMs;
    logger.info?.({ lease: key, owner }, 'elected leader');
    await task?.start();
  }

  async function renew(): Promise<void> {
    const startedAt = Date.now();
    try {
      const renewed = await redis.eval(RENEW_SCRIPT, 1, key, owner, String(ttlMs));
      if (renewed === 1) {
        leaseUntil = startedAt + ttlMs;
        return;
      }
      await depose('lease lost to another owner');
    } catch (error) {
      // Redis unreachable: we may still hold the lease until it runs out; not after.
      if (Date.now() >= leaseUntil) await depose(`lease expired while renewal failed: ${String(error)}`);
    }
  }

  async function depose(reason: string): Promise<void> {
    if (!leader) return;
    leader = false;
    logger.warn({ lease: key, owner, reason }, 'leadership lost');
    await task?.stop();
  }

  function step(): void {
    pass = pass
      .then(() => (leader ? renew() : elect()))
      .catch((error) => logger.warn({ lease: key, err: String(error) }, 'leader election step failed'));
  }

  return {
    name: options.name,
    isLeader: () => leader,
    run(leaderTask) {
      if (task) throw new Error(`leader election ${options.name}: run() called twice`);
      task = leaderTask;
      step();
      timer = setInterval(step, renewMs);
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await pass;
      if (leader) {
        leader = false;
        await task?.stop();
        await redis.eval(RELEASE_SCRIPT, 1, key, owner).catch(() => 0);
      }
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
