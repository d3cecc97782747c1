// Fault: Redis restarts (AOF on, as in docker-compose.yml) while every service of the compose file
// (api, scheduler, crawler, processor, notifier) runs as a real process and articles keep arriving. While Redis is away /readyz says 503
// (queue check false); afterwards it says 200 again, no process has died, and every article the
// fixture web published is stored exactly once.
import type { Runtime } from '@presswatch/platform';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureWeb, startFixtureWeb } from '../fixture-web/index.ts';
import { freePort } from '../support/free-port.ts';
import { waitFor } from '../support/wait.ts';
import { createDeployment, type Deployment } from './support/deployment.ts';
import { type DurableRedis, startDurableRedis } from './support/durable-redis.ts';
import {
  addFixtureSources,
  crawlerEnv,
  publishArticles,
  storedUrls,
  waitForAllStored,
} from './support/pipeline.ts';
import { itemStores, openTestRuntime } from './support/seeded-work.ts';

const TOKEN = 'fault-admin-token-0123456789';

describe('fault: restart redis-server mid-run', () => {
  let web: FixtureWeb;
  let redis: DurableRedis;
  let deployment: Deployment;
  let runtime: Runtime;

  beforeAll(async () => {
    web = await startFixtureWeb({ host: '127.0.0.1' });
    publishArticles(web, 18, 'Tin C');
    redis = await startDurableRedis();
    deployment = createDeployment({
      redisUrl: redis.url,
      label: 'restart',
      extra: { PRESSWATCH_QUEUE_LOCK_MS: '2000', PRESSWATCH_QUEUE_STALLED_MS: '1000', LOG_LEVEL: 'debug' },
    });
    runtime = await openTestRuntime(deployment);
    await addFixtureSources(runtime, web);
  });
  afterEach((context) => {
    if (context.task.result?.state === 'fail') console.error(deployment.describe());
  });
  afterAll(async () => {
    await runtime?.shutdown.shutdown('test over');
    await deployment?.close();
    await redis?.destroy();
    await web?.close();
  });

  it('loses no item and reports readiness through the outage', async () => {
    const port = await freePort();
    const readyz = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
      if (!response) return null;
      return {
        status: response.status,
        body: (await response.json()) as { checks: Record<string, boolean> },
      };
    };
    const api = deployment.start('api', {
      PORT: String(port),
      HOST: '127.0.0.1',
      PRESSWATCH_ADMIN_TOKEN: TOKEN,
    });
    const processor = deployment.start('processor');
    await Promise.all([api.waitForLog('api listening'), processor.waitForLog('processor started')]);
    expect((await readyz())?.status).toBe(200);
    // The whole docker-compose.yml topology: api, scheduler, crawler, processor, notifier.
    const services = [
      api,
      processor,
      deployment.start('scheduler'),
      deployment.start('crawler', { ...crawlerEnv(web), PRESSWATCH_CRAWLER_SCHEDULER: 'off' }),
      deployment.start('notifier'),
    ];

    await waitFor('a few items stored', () => itemStores([processor]).size >= 4, 60_000, 20);
    await redis.stop();
    publishArticles(web, 6, 'Tin D');
    const down = await waitFor('/readyz to report Redis down', async () => {
      const answer = await readyz();
      return answer?.status === 503 ? answer : undefined;
    });
    expect(down.body.checks.queue).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await redis.start();
    await waitFor('/readyz to recover', async () => (await readyz())?.status === 200);

    await waitForAllStored(runtime, web, deployment);
    const urls = await storedUrls(runtime);
    expect(urls.sort()).toEqual(web.articles.map((a) => a.url).sort());
    const viaApi = await fetch(`http://127.0.0.1:${port}/api/items?limit=1`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(((await viaApi.json()) as { total: number }).total).toBe(web.articles.length);
    // Nobody died of the outage: each process still answers SIGTERM with a clean exit.
    for (const service of services) expect(await service.kill('SIGTERM'), service.service).toBe(0);
  }, 150_000);
});
