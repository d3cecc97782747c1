// Fault: a processor is SIGKILLed mid-batch while articles keep arriving. The scheduler, crawler
// and processors are real processes (BullMQ on the real redis, one SQLite store); afterwards every
// article the fixture web published is stored exactly once and the alert rule fired exactly once
// per matching article.
import type { Runtime } from '@presswatch/platform';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FixtureWeb, startFixtureWeb } from '../fixture-web/index.ts';
import { waitFor } from '../support/wait.ts';
import { createDeployment, type Deployment } from './support/deployment.ts';
import {
  addFixtureSources,
  crawlerEnv,
  markedUrls,
  publishArticles,
  ruleAlerts,
  saveMarkerRule,
  storedUrls,
  waitForAllStored,
} from './support/pipeline.ts';
import { itemStores, openTestRuntime } from './support/seeded-work.ts';

describe('fault: SIGKILL a processor mid-batch', () => {
  let web: FixtureWeb;
  let deployment: Deployment;
  let runtime: Runtime;

  beforeAll(async () => {
    web = await startFixtureWeb({ host: '127.0.0.1' });
    publishArticles(web, 24, 'Tin A');
    deployment = createDeployment({
      redisUrl: inject('redisUrl'),
      label: 'kill',
      // Short BullMQ locks: the killed processor's job is taken over within a few seconds.
      extra: { PRESSWATCH_QUEUE_LOCK_MS: '2000', PRESSWATCH_QUEUE_STALLED_MS: '1000', LOG_LEVEL: 'debug' },
    });
    runtime = await openTestRuntime(deployment);
    await saveMarkerRule(runtime);
    await addFixtureSources(runtime, web);
  });
  afterEach((context) => {
    if (context.task.result?.state === 'fail') console.error(deployment.describe());
  });
  afterAll(async () => {
    await runtime?.shutdown.shutdown('test over');
    await deployment?.close();
    await web?.close();
  });

  it('stores every article once and alerts once per matching article', async () => {
    const first = deployment.start('processor');
    await first.waitForLog('processor started');
    deployment.start('scheduler');
    deployment.start('crawler', crawlerEnv(web));

    await waitFor(
      'the first processor to store a few items',
      () => itemStores([first]).size >= 5,
      60_000,
      20,
    );
    await first.kill('SIGKILL');
    const storedAtKill = (await storedUrls(runtime)).length;
    expect(storedAtKill).toBeLessThan(web.articles.length);

    publishArticles(web, 6, 'Tin B');
    const second = deployment.start('processor');
    await waitForAllStored(runtime, web, deployment);

    const urls = await storedUrls(runtime);
    expect(urls.sort()).toEqual(web.articles.map((a) => a.url).sort());
    expect(itemStores([second]).size).toBeGreaterThan(0);

    const marked = markedUrls(web);
    expect(marked.length).toBe(15);
    const alerts = await waitFor(
      'an alert per marked article',
      async () => {
        const list = await ruleAlerts(runtime);
        return list.length >= marked.length ? list : undefined;
      },
      30_000,
      200,
    );
    const alertedItems = alerts.flatMap((alert) => alert.itemIds);
    expect(alerts).toHaveLength(marked.length);
    expect(new Set(alertedItems).size).toBe(alertedItems.length);
    const alertedUrls = await Promise.all(
      alertedItems.map(async (id) => (await runtime.adapters.stores.items.get(id))?.canonicalUrl),
    );
    expect(alertedUrls.sort()).toEqual([...marked].sort());
  }, 150_000);
});
