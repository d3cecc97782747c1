// vitest globalSetup (see vitest.config.ts): starts the real services the suites need once per
// run and hands their addresses to tests through `inject`.
import type { TestProject } from 'vitest/node';
import { startRedis } from './redis-server.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const redis = await startRedis();
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}
