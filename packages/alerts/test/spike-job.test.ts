// The hourly spike job on real activity counts (SQLite): one alert per key, window and slot,
// fanned out to topic subscriptions and to the channels of rules that asked for spikes.
import { deliverQueue } from '@presswatch/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFanOut, createSpikeHandler, ruleKey, spikeCheckHour, topicKey } from '../src/index.ts';
import { jobOf, makeRule, makeSubscription, quietLogger, type TempStores, tempStores } from './support.ts';

const HOUR = 3_600_000;
const at = new Date('2026-03-10T05:00:00Z');
const settings = { minCountHour: 5, minCountDay: 15, pValue: 0.001, minRatio: 2 };
let stores: TempStores;

beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

/** `count` items under `key` at the middle of the hour that ends `hoursBefore` hours before `at`. */
async function record(key: string, hoursBefore: number, count: number, prefix = key) {
  const time = new Date(at.getTime() - hoursBefore * HOUR - HOUR / 2).toISOString();
  for (let i = 0; i < count; i++)
    await stores.storage.activity.record(`${prefix}-${hoursBefore}-${i}`, [key], time);
}

function spikeJob() {
  const { storage, queues } = stores;
  const fanOut = createFanOut({
    ...storage,
    deliverQueue: queues.queue(deliverQueue),
    settings: { batchWindowMs: 0, maxAlertsPerMessage: 20 },
    now: () => at,
  });
  return createSpikeHandler({
    ...storage,
    fanOut,
    settings,
    timeZone: 'Asia/Ho_Chi_Minh',
    logger: quietLogger,
    now: () => at,
  });
}

describe('spike job', () => {
  it('raises one hourly spike per topic and audience, once, and notifies topic subscribers', async () => {
    const { storage } = stores;
    const border = topicKey('border', false);
    for (let h = 1; h <= 12; h++) await record(border, h, h % 3 === 0 ? 1 : 0);
    await record(border, 0, 9);
    await record(topicKey('border', true), 0, 9); // busy as usual: no spike
    for (let h = 1; h <= 12; h++) await record(topicKey('border', true), h, 8);
    await storage.webhooks.save(makeSubscription({ id: 'wh-border', topics: ['border'] }));

    const run = spikeJob();
    await run(jobOf({ at: at.toISOString() }));
    await run(jobOf({ at: at.toISOString() })); // the same hour again
    const { alerts } = await storage.alerts.list({ kind: 'spike', limit: 10 });
    // Hourly: only the foreign side jumped. Daily: the domestic side's 105 items in the last day
    // are a spike too, against 14 empty days.
    const found = alerts.map(
      (a) => `${a.spike?.topic}|${a.spike?.domestic}|${a.spike?.window}|${a.spike?.count}`,
    );
    expect(found.sort()).toEqual(['border|false|hour|9', 'border|true|day|105']);
    expect(alerts.find((a) => a.spike?.window === 'hour')).toMatchObject({
      kind: 'spike',
      ruleId: null,
      topics: ['border'],
      spike: {
        scope: 'topic',
        topic: 'border',
        domestic: false,
        window: 'hour',
        count: 9,
        windowEnd: at.toISOString(),
      },
    });
    const { deliveries } = await storage.deliveries.list({ subscriptionId: 'wh-border', limit: 5 });
    expect(deliveries.flatMap((d) => d.entries.map((e) => e.event))).toEqual(['spike', 'spike']);
  });

  it('raises a daily spike against the previous 14 days, and rule spikes only when asked', async () => {
    const { storage } = stores;
    await storage.webhooks.save(makeSubscription({ id: 'wh-rule' }));
    await storage.rules.save(makeRule({ id: 'loud', spikeAlerts: true, channels: ['wh-rule'] }));
    await storage.rules.save(makeRule({ id: 'silent', spikeAlerts: false }));
    for (const id of ['loud', 'silent']) {
      for (let d = 1; d <= 14; d++) await record(ruleKey(id), d * 24 + 3, 2, `${id}-old`);
      // 30 in the last day, spread so that no single hour spikes.
      for (let h = 0; h < 15; h++) await record(ruleKey(id), h, 2, `${id}-new`);
    }
    await spikeJob()(jobOf({ at: at.toISOString() }));
    const { alerts } = await storage.alerts.list({ kind: 'spike', limit: 10 });
    expect(alerts.map((a) => [a.ruleId, a.spike?.window, a.spike?.count])).toEqual([['loud', 'day', 30]]);
    const { deliveries } = await storage.deliveries.list({ subscriptionId: 'wh-rule', limit: 5 });
    expect(deliveries).toHaveLength(1);
  });

  it('checks the last complete hour, a few minutes late', () => {
    expect(spikeCheckHour(new Date('2026-03-10T05:09:00Z')).toISOString()).toBe('2026-03-10T04:00:00.000Z');
    expect(spikeCheckHour(new Date('2026-03-10T05:11:00Z')).toISOString()).toBe('2026-03-10T05:00:00.000Z');
  });
});
