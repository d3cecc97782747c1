// WebSub push through the real stages: the crawl finds the fixture feed's hub and subscribes, the
// hub verifies our callback route (a real Fastify instance on 127.0.0.1) and pushes signed
// content; a wrong signature is refused and enqueues nothing.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fetchQueue } from '@presswatch/domain';
import { createProcessHandler } from '@presswatch/stages';
import Database from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSubscriber } from '../../packages/stages/src/discover/index.ts';
import { createWebSubCallbacks } from '../../packages/stages/src/websub-stage.ts';
import { createWebSubRepository } from '../../packages/storage-sqlite/src/repositories/websub.ts';
import websubRoutes from '../../services/api/src/routes/websub.ts';
import { type PublishRequest, WEBSUB_PATHS } from '../fixture-web/extra/index.ts';
import { waitFor } from '../support/wait.ts';
import { job, logger, source, useWorld } from './source-kinds-support.ts';

const world = useWorld();

describe('WebSub push', () => {
  let api: FastifyInstance;
  let db: Database.Database;
  let subscriptions: ReturnType<typeof createWebSubRepository>;

  beforeEach(async () => {
    db = new Database(join(world.dir, 'store.db'));
    subscriptions = createWebSubRepository(db);
    const callbacks = createWebSubCallbacks({
      subscriptions,
      sources: world.storage.sources,
      items: world.storage.items,
      queues: { fetch: world.queues.queue(fetchQueue) },
      logger,
    });
    api = Fastify();
    await api.register(websubRoutes, { websub: callbacks });
    await api.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(async () => {
    await api.close();
    db.close();
  });
  const apiUrl = () => `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;

  const publish = async (request: PublishRequest) => {
    const answer = await fetch(`${world.web.url}${WEBSUB_PATHS.publish}`, {
      method: 'POST',
      body: JSON.stringify(request),
    });
    return (await answer.json()) as { url: string; deliveries: { callback: string; status: number }[] };
  };

  it('subscribes through the hub, takes a signed push at once, and refuses a wrong signature', async () => {
    const feedUrl = `${world.web.url}${WEBSUB_PATHS.feed}`;
    const hub = createHubSubscriber({
      subscriptions,
      http: world.http,
      publicUrl: `${apiUrl()}/`,
      logger,
    });
    const crawl = world.crawler({ websub: hub });
    await world.storage.sources.upsert(
      source('push', feedUrl, { language: 'en', country: 'sg', domestic: false }),
    );
    await crawl(job({ sourceId: 'push' }));
    const polled = await world.waiting();
    expect(polled).toBeGreaterThan(0);

    // The hub verifies our callback (GET with hub.challenge) and then lists us as a subscriber.
    const [subscription] = await waitFor('an active subscription', async () => {
      const list = await subscriptions.listBySource('push');
      return list[0]?.state === 'active' ? list : undefined;
    });
    expect(subscription).toMatchObject({
      topicUrl: feedUrl,
      hubUrl: `${world.web.url}${WEBSUB_PATHS.hub}`,
      leaseSeconds: 604_800,
    });
    const feedPolls = world.web.requests(WEBSUB_PATHS.feed);

    const pushed = await publish({
      title: 'Cross-border bus service resumes at Lao Bao',
      paragraphs: ['A fictional story.'],
    });
    expect(pushed.deliveries.map((d) => d.status)).toEqual([202]);
    expect(world.web.requests(WEBSUB_PATHS.feed)).toBe(feedPolls); // no poll: it came by push
    const pushedJob = await world.fetchJob(pushed.url);
    expect(pushedJob).toMatchObject({
      state: 'waiting',
      payload: { sourceId: 'push', hints: { title: 'Cross-border bus service resumes at Lao Bao' } },
    });
    expect(await world.waiting()).toBe(polled + 1);
    expect((await world.storage.sources.get('push'))!.state.lastNewItemAt).not.toBeNull();

    // A poll of the same feed finds the same ids: nothing enqueued twice.
    await crawl(job({ sourceId: 'push' }, 'j2'));
    expect(await world.waiting()).toBe(polled + 1);

    // The pushed article goes on through fetch and process like any other.
    await world.fetcher()(job(pushedJob!.payload));
    await createProcessHandler({ ...world.storage, logger })(job({ documentId: pushedJob!.payload.itemId }));
    expect(await world.storage.items.get(pushedJob!.payload.itemId)).toMatchObject({
      title: 'Cross-border bus service resumes at Lao Bao',
    });

    for (const signature of ['wrong', 'none'] as const) {
      const forged = await publish({
        title: `Forged story (${signature})`,
        paragraphs: ['Not from the hub.'],
        signature,
      });
      expect(forged.deliveries.map((d) => d.status)).toEqual([403]);
      expect(await world.fetchJob(forged.url)).toBeNull();
    }
    expect(await world.waiting()).toBe(polled + 1);
    expect((await subscriptions.get(subscription!.id))!.deliveries).toBe(1);
  });

  it('renews a lease that ends soon, and leaves a fresh one alone', async () => {
    const feedUrl = `${world.web.url}${WEBSUB_PATHS.feed}`;
    const publicUrl = apiUrl();
    const subscriber = (offsetMs = 0) =>
      createHubSubscriber({
        subscriptions,
        http: world.http,
        publicUrl,
        logger,
        now: () => new Date(Date.now() + offsetMs),
      });
    await world.storage.sources.upsert(source('push', feedUrl));
    const push = (await world.storage.sources.get('push'))!;
    const link = { hub: `${world.web.url}${WEBSUB_PATHS.hub}`, topic: feedUrl };
    const hubPosts = world.web.requests(WEBSUB_PATHS.hub);
    await subscriber().ensureSubscribed(push, link);
    const [first] = await waitFor('an active subscription', async () => {
      const list = await subscriptions.listBySource('push');
      return list[0]?.state === 'active' ? list : undefined;
    });
    await subscriber().ensureSubscribed(push, link); // verified just now: nothing to ask
    await subscriber(86_400_000).renewSource(push); // a day on, six days of lease left
    expect(world.web.requests(WEBSUB_PATHS.hub)).toBe(hubPosts + 1);

    const nearEnd = first!.leaseSeconds! * 1000 - 1_800_000; // half an hour before the lease ends
    await subscriber(nearEnd).renewSource(push);
    expect(world.web.requests(WEBSUB_PATHS.hub)).toBe(hubPosts + 2);
    const renewed = await waitFor('the renewal verified', async () => {
      const current = await subscriptions.get(first!.id);
      return current && current.verifiedAt! > first!.verifiedAt! ? current : undefined;
    });
    expect(renewed).toMatchObject({ id: first!.id, secret: first!.secret, state: 'active' });
  });

  it('answers a verification only for the topic and mode it asked for', async () => {
    await world.storage.sources.upsert(source('push', `${world.web.url}${WEBSUB_PATHS.feed}`));
    const hub = createHubSubscriber({
      subscriptions,
      http: world.http,
      publicUrl: 'http://127.0.0.1:9/',
      logger,
    });
    await hub.ensureSubscribed((await world.storage.sources.get('push'))!, {
      hub: 'http://127.0.0.1:9/hub', // nobody listens: the request fails, the subscription stays pending
      topic: 'https://topic.example/feed',
    });
    const [pending] = await subscriptions.listBySource('push');
    expect(pending).toMatchObject({ state: 'pending', lastError: expect.stringContaining('Hub refused') });
    const verify = (query: string) =>
      api.inject({ method: 'GET', url: `/websub/callback/${pending!.id}?${query}` });

    const wrongTopic = await verify(
      'hub.mode=subscribe&hub.topic=https%3A%2F%2Fevil.example%2F&hub.challenge=x',
    );
    expect(wrongTopic.statusCode).toBe(404);
    const wrongMode = await verify(
      'hub.mode=unsubscribe&hub.topic=https%3A%2F%2Ftopic.example%2Ffeed&hub.challenge=x',
    );
    expect(wrongMode.statusCode).toBe(404);
    expect(
      (await api.inject({ method: 'GET', url: '/websub/callback/nope?hub.mode=subscribe' })).statusCode,
    ).toBe(404);
    const good = await verify(
      'hub.mode=subscribe&hub.topic=https%3A%2F%2Ftopic.example%2Ffeed&hub.challenge=ch-42&hub.lease_seconds=900',
    );
    expect({ status: good.statusCode, body: good.body }).toEqual({ status: 200, body: 'ch-42' });
    expect(await subscriptions.get(pending!.id)).toMatchObject({ state: 'active', leaseSeconds: 900 });
  });
});
