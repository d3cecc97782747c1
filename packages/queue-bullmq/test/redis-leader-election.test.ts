// The Redis lease against a real redis-server: one of two contenders leads; a graceful close hands
// over at once; a leader that stops renewing (its lease taken by force) stops its task.
import type { LeaderElection } from '@presswatch/domain';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { uniqueRedisPrefix } from '../../../tests/support/redis-server.ts';
import { waitFor } from '../../../tests/support/wait.ts';
import { createRedisLeaderElection } from '../src/index.ts';

const quiet = { warn: () => {}, error: () => {} };

function contender(prefix: string, log: string[], label: string): LeaderElection {
  const election = createRedisLeaderElection({
    redisUrl: inject('redisUrl'),
    prefix,
    name: 'test-lease',
    ttlMs: 600,
    logger: quiet,
  });
  election.run({
    start: () => void log.push(`${label} start`),
    stop: async () => void log.push(`${label} stop`),
  });
  return election;
}

describe('Redis leader election', () => {
  const open: LeaderElection[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((election) => election.close()));
  });

  it('elects exactly one of two contenders and hands over on close', async () => {
    const prefix = uniqueRedisPrefix('leader');
    const log: string[] = [];
    const a = contender(prefix, log, 'a');
    const b = contender(prefix, log, 'b');
    open.push(a, b);
    await waitFor('a leader', () => a.isLeader() || b.isLeader(), 5_000, 20);
    // Several renewal periods later there is still exactly one leader.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect([a.isLeader(), b.isLeader()].filter(Boolean)).toHaveLength(1);
    const [leader, follower] = a.isLeader() ? [a, b] : [b, a];
    await leader.close();
    await waitFor('the follower to take over', () => follower.isLeader(), 5_000, 20);
    const first = leader === a ? 'a' : 'b';
    const second = first === 'a' ? 'b' : 'a';
    expect(log).toEqual([`${first} start`, `${first} stop`, `${second} start`]);
  });

  it('stops the task when the lease is lost to another owner', async () => {
    const prefix = uniqueRedisPrefix('leader');
    const log: string[] = [];
    const a = contender(prefix, log, 'a');
    open.push(a);
    await waitFor('a to lead', () => a.isLeader(), 5_000, 20);
    const redis = new Redis(inject('redisUrl'));
    try {
      await redis.set(`${prefix}:leader:test-lease`, 'someone-else', 'PX', 60_000);
      await waitFor('a to step down', () => !a.isLeader(), 5_000, 20);
      expect(log).toEqual(['a start', 'a stop']);
      expect(await redis.get(`${prefix}:leader:test-lease`)).toBe('someone-else');
    } finally {
      await redis.del(`${prefix}:leader:test-lease`);
      redis.disconnect();
    }
  });
});
