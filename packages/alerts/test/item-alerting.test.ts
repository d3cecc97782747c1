// What the process stage does per item, on a real SQLite store and queue: alerts opened and
// extended per story cluster, idempotence, fan-out with batching, quiet hours and no backlog.
import { deliverQueue } from '@presswatch/domain';
import { compileMatcher } from '@presswatch/query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFanOut, createItemAlerting, createRuleSet, GROWTH_STEPS } from '../src/index.ts';
import { makeItem, makeRule, makeSubscription, quietLogger, type TempStores, tempStores } from './support.ts';

let stores: TempStores;
let now: Date;

beforeEach(() => {
  stores = tempStores();
  now = new Date('2026-03-10T03:00:00Z'); // 10:00 in Asia/Ho_Chi_Minh
});
afterEach(() => stores.cleanup());

function alerting(settings = { batchWindowMs: 5_000, maxAlertsPerMessage: 20 }) {
  const { storage, queues } = stores;
  const fanOut = createFanOut({
    ...storage,
    deliverQueue: queues.queue(deliverQueue),
    settings,
    now: () => now,
  });
  const ruleSet = createRuleSet({ rules: storage.rules, compileMatcher, logger: quietLogger });
  return createItemAlerting({ ...storage, ruleSet, fanOut, logger: quietLogger, now: () => now });
}

const story = (n: number, clusterId: string | null = 'c-1') =>
  makeItem({ id: `s${n}`, title: `Xe tải xếp hàng ở cửa khẩu Lao Bảo (${n})`, clusterId });

describe('item alerting', () => {
  it('opens one alert per cluster, extends it as the cluster grows, and is idempotent', async () => {
    const { storage } = stores;
    await storage.rules.save(makeRule({ id: 'r1' }));
    const onItem = alerting();
    await onItem(story(1));
    await onItem(story(2));
    await onItem(story(2)); // processed again
    await onItem(makeItem({ id: 'other', title: 'Lễ hội đua thuyền' }));
    const { alerts } = await storage.alerts.list({ limit: 10 });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ ruleId: 'r1', clusterId: 'c-1', itemIds: ['s1', 's2'], status: 'new' });
  });

  it('opens a new alert when the cluster grows after its alert was resolved', async () => {
    const { storage } = stores;
    await storage.rules.save(makeRule({ id: 'r1' }));
    const onItem = alerting();
    await onItem(story(1));
    const [first] = (await storage.alerts.list({ limit: 10 })).alerts;
    await storage.alerts.mutate(first!.id, (a) => ({ ...a, status: 'resolved' }));
    await onItem(story(2));
    await onItem(story(1)); // the first item again: still the resolved alert's
    const { alerts } = await storage.alerts.list({ limit: 10 });
    expect(alerts.map((a) => a.itemIds)).toEqual([['s2'], ['s1']]);
  });

  it('opens an alert per item when one-per-cluster is off or the item has no cluster', async () => {
    const { storage } = stores;
    await storage.rules.save(makeRule({ id: 'r1', onePerCluster: false }));
    await storage.rules.save(makeRule({ id: 'r2', query: 'xe tải' }));
    const onItem = alerting();
    await onItem(story(1));
    await onItem(story(2));
    await onItem(story(3, null));
    expect((await storage.alerts.list({ ruleId: 'r1', limit: 10 })).alerts).toHaveLength(3);
    expect((await storage.alerts.list({ ruleId: 'r2', limit: 10 })).alerts).toHaveLength(2);
  });

  it('batches events into one delivery per subscription and sends growth only at steps', async () => {
    const { storage, queues } = stores;
    const channel = makeSubscription({ id: 'wh-rule' });
    const topical = makeSubscription({ id: 'wh-topic', topics: ['border'] });
    const unrelated = makeSubscription({ id: 'wh-none', topics: ['investment'] });
    for (const s of [channel, topical, unrelated]) await storage.webhooks.save(s);
    await storage.rules.save(makeRule({ id: 'r1', channels: ['wh-rule'] }));
    const onItem = alerting();
    const border = [{ topic: 'border', score: 0.9, matched: [] }];
    for (let n = 1; n <= GROWTH_STEPS[0]!; n++) await onItem({ ...story(n), topics: border });
    await onItem(makeItem({ id: 'p1', title: 'Lao Bảo', clusterId: 'c-2' }));

    const forChannel = (await storage.deliveries.list({ subscriptionId: 'wh-rule', limit: 10 })).deliveries;
    expect(forChannel).toHaveLength(1);
    expect(forChannel[0]!.status).toBe('open');
    expect(forChannel[0]!.entries.map((e) => `${e.event}:${e.itemIds.join()}`)).toEqual([
      'opened:s1',
      `grown:s${GROWTH_STEPS[0]}`,
      'opened:p1',
    ]);
    const forTopic = (await storage.deliveries.list({ subscriptionId: 'wh-topic', limit: 10 })).deliveries;
    expect(forTopic[0]!.entries.map((e) => e.event)).toEqual(['opened', 'grown']);
    expect((await storage.deliveries.list({ subscriptionId: 'wh-none', limit: 10 })).deliveries).toEqual([]);
    const job = await queues.queue(deliverQueue).getJob(`deliver-${forChannel[0]!.id}`);
    expect(job).toMatchObject({ state: 'delayed', payload: { deliveryId: forChannel[0]!.id } });
  });

  it('holds deliveries in quiet hours apart from the others', async () => {
    const { storage } = stores;
    await storage.webhooks.save(makeSubscription({ id: 'wh' }));
    const quietHours = { start: '09:00', end: '12:00', timeZone: 'Asia/Ho_Chi_Minh' };
    await storage.rules.save(makeRule({ id: 'quiet', channels: ['wh'], quietHours }));
    await storage.rules.save(makeRule({ id: 'loud', channels: ['wh'], query: 'xe tải' }));
    await alerting()(story(1));
    const { deliveries } = await storage.deliveries.list({ subscriptionId: 'wh', limit: 10 });
    const held = deliveries.find((d) => d.heldUntil !== null);
    const now = deliveries.find((d) => d.heldUntil === null);
    expect(held?.heldUntil).toBe('2026-03-10T05:00:00.000Z'); // 12:00 local
    expect(held?.entries).toHaveLength(1);
    expect(now?.entries).toHaveLength(1);
    expect((await storage.alerts.list({ ruleId: 'quiet', limit: 10 })).alerts).toHaveLength(1);
  });

  it('does not replay the backlog to a new subscription', async () => {
    const { storage } = stores;
    await storage.rules.save(makeRule({ id: 'r1', channels: [] }));
    const onItem = alerting();
    await onItem(story(1, null));
    now = new Date('2026-03-10T04:00:00Z');
    await storage.webhooks.save(makeSubscription({ id: 'late', createdAt: '2026-03-10T03:30:00.000Z' }));
    await storage.rules.save(makeRule({ id: 'r1', channels: ['late'] }));
    await onItem(story(1, null)); // re-processed: an event from before the subscription
    expect((await storage.deliveries.list({ subscriptionId: 'late', limit: 10 })).deliveries).toEqual([]);
    await onItem(story(2, null));
    const { deliveries } = await storage.deliveries.list({ subscriptionId: 'late', limit: 10 });
    expect(deliveries.flatMap((d) => d.entries.map((e) => e.itemIds[0]))).toEqual(['s2']);
  });

  it('counts items for spike detection by topic, audience and rule', async () => {
    const { storage } = stores;
    await storage.rules.save(makeRule({ id: 'r1' }));
    const onItem = alerting();
    await onItem({ ...story(1), topics: [{ topic: 'border', score: 1, matched: [] }] });
    await onItem({ ...story(1), topics: [{ topic: 'border', score: 1, matched: [] }] });
    const from = new Date('2026-03-10T00:00:00Z');
    const to = new Date('2026-03-10T04:00:00Z');
    const counts = await storage.activity.counts(
      ['topic:border|domestic', 'rule:r1', 'topic:border|foreign'],
      from,
      to,
      3_600_000,
    );
    expect(Object.fromEntries(counts)).toEqual({
      'topic:border|domestic': [0, 0, 1, 0],
      'rule:r1': [0, 0, 1, 0],
      'topic:border|foreign': [0, 0, 0, 0],
    });
  });
});
