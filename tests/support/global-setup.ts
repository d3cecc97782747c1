// vitest globalSetup (see vitest.config.ts): starts the real services the suites need once per
// run and hands their addresses to tests through `inject`. The search node's JVM starts on its
// first connection, while other suites run; tests that search wait for it (waitForSearchNode).
import type { TestProject } from 'vitest/node';
import { startEsCompatProxy } from './es-compat-proxy.ts';
import { startRedis } from './redis-server.ts';
import { startSearchNode } from './search-node.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [redis, search] = await Promise.all([startRedis(), startSearchNode()]);
  project.provide('redisUrl', redis.url);
  if (!search.available) {
    console.warn(`search node unavailable, search-engine tests will skip: ${search.reason}`);
    project.provide('searchUrl', '');
    project.provide('searchEsCompatUrl', '');
    project.provide('searchUnavailable', search.reason);
    return () => redis.stop();
  }
  const { node } = search;
  const esCompat = await startEsCompatProxy(node.url);
  project.provide('searchUrl', node.url);
  project.provide('searchEsCompatUrl', esCompat.url);
  project.provide('searchUnavailable', '');
  return async () => {
    const failure = node.failure();
    await Promise.all([redis.stop(), esCompat.close(), node.stop()]);
    // Under CI a node that failed to come up fails the run, whatever the tests made of it.
    if (failure && process.env.CI === 'true') throw failure;
  };
}
