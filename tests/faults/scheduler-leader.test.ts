// The scheduler as a single leader across real processes: of two `presswatch start scheduler`
// processes exactly one leads; SIGKILL it and the other takes the lease over once it expires.
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { waitFor } from '../support/wait.ts';
import { createDeployment, type Deployment } from './support/deployment.ts';
import type { LogLine } from './support/service-process.ts';

const TTL_MS = 1_500;
const elected = (line: LogLine) => line.msg === 'elected leader';

describe('scheduler leader election (real processes, real redis)', () => {
  let deployment: Deployment;
  afterAll(async () => deployment?.close());

  it('runs one leader at a time and fails over when the leader is killed', async () => {
    deployment = createDeployment({
      redisUrl: inject('redisUrl'),
      label: 'leader',
      extra: { PRESSWATCH_LEADER_TTL_MS: String(TTL_MS) },
    });
    const a = deployment.start('scheduler');
    const b = deployment.start('scheduler');
    await Promise.all([a, b].map((p) => p.waitForLog('scheduler contending for the lease')));
    const leader = await waitFor('a leader', () => [a, b].find((p) => p.lines().some(elected)), 20_000, 25);
    const follower = leader === a ? b : a;
    // Several lease periods later the follower has still not been elected.
    await new Promise((resolve) => setTimeout(resolve, 3 * TTL_MS));
    expect(follower.lines().filter(elected)).toHaveLength(0);
    expect(leader.lines().filter(elected)).toHaveLength(1);
    expect(await leaseOwner(deployment)).toContain(`:${leader.pid}:`);

    await leader.kill('SIGKILL');
    await follower.waitForLog('elected leader', () => true, 10 * TTL_MS);
    expect(await leaseOwner(deployment)).toContain(`:${follower.pid}:`);
    await follower.waitForLog('scheduling crawls (leader)');

    // A graceful stop releases the lease at once (compare-and-delete), so nobody holds it after.
    expect(await follower.kill('SIGTERM')).toBe(0);
    expect(await leaseOwner(deployment)).toBeNull();
  }, 60_000);
});

async function leaseOwner(deployment: Deployment): Promise<string | null> {
  const redis = new Redis(deployment.redisUrl);
  try {
    return await redis.get(`${deployment.prefix}:leader:crawl-scheduler`);
  } finally {
    redis.disconnect();
  }
}
