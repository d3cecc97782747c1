// The deliver job against a real HTTP receiver on 127.0.0.1, through the safe-fetch sender, on a
// real SQLite store: signed batched messages, retries with backoff, giving up, the rate limit,
// the SSRF guard, the chat formats and manual redelivery.
import { deliverQueue, RetryAfterError } from '@presswatch/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDeliverHandler,
  createFanOut,
  createManualDeliveries,
  createSafeWebhookSender,
  uiLinks,
  verifySignature,
} from '../src/index.ts';
import {
  jobOf,
  makeItem,
  makeRule,
  makeSubscription,
  quietLogger,
  type Receiver,
  startReceiver,
  type TempStores,
  tempStores,
} from './support.ts';

const retry = { retryBaseMs: 200, retryMaxMs: 1_000, retryForMs: 10_000 };
let stores: TempStores;
let receiver: Receiver;
let sender: ReturnType<typeof createSafeWebhookSender>;
let now: Date;

beforeEach(async () => {
  stores = tempStores();
  receiver = await startReceiver();
  sender = createSafeWebhookSender({ allow: ['127.0.0.1'], userAgent: 'PressWatch-test', timeoutMs: 5_000 });
  now = new Date('2026-03-10T03:00:00Z');
});
afterEach(async () => {
  sender.close();
  await receiver.close();
  await stores.cleanup();
});

function handler(send = sender.send) {
  return createDeliverHandler({
    ...stores.storage,
    send,
    links: uiLinks('https://presswatch.example.vn'),
    settings: retry,
    userAgent: 'PressWatch-test',
    logger: quietLogger,
    now: () => now,
  });
}

/** Stores a rule, its subscription and two alerts in one open delivery; returns the delivery id. */
async function openDelivery(subscription = makeSubscription({ url: receiver.url })): Promise<string> {
  const { storage, queues } = stores;
  await storage.webhooks.save(subscription);
  const rule = makeRule({ id: 'r1', name: 'Cửa khẩu <Lao Bảo>', channels: [subscription.id] });
  await storage.rules.save(rule);
  const items = [
    makeItem({ id: 'i1', title: 'Kim ngạch qua Lao Bảo tăng', tone: -0.4, relevance: 0.9 }),
    makeItem({
      id: 'i2',
      title: 'Trucks at Lao Bao & Densavan',
      language: 'en',
      domestic: false,
      country: 'la',
    }),
  ];
  await storage.items.upsertMany(items);
  const fanOut = createFanOut({
    ...storage,
    deliverQueue: queues.queue(deliverQueue),
    settings: { batchWindowMs: 0, maxAlertsPerMessage: 20 },
    now: () => now,
  });
  for (const item of items) {
    const match = await storage.alerts.recordMatch({
      ruleId: rule.id,
      onePerCluster: true,
      item: { id: item.id, clusterId: null, topics: [] },
      at: now.toISOString(),
    });
    await fanOut.notify(match.alert, 'opened', [item.id], rule);
  }
  const { deliveries } = await storage.deliveries.list({ subscriptionId: subscription.id, limit: 5 });
  expect(deliveries).toHaveLength(1);
  return deliveries[0]!.id;
}

describe('deliver job', () => {
  it('sends one signed message for the batch, with the generic JSON payload', async () => {
    const id = await openDelivery();
    await handler()(jobOf({ deliveryId: id }));
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.method).toBe('POST');
    expect(request!.headers['content-type']).toContain('application/json');
    expect(request!.headers['x-presswatch-delivery']).toBe(id);
    const signature = String(request!.headers['x-presswatch-signature']);
    expect(verifySignature('whsec_test_secret', signature, request!.body, { now })).toBe(true);
    const payload = JSON.parse(request!.body);
    expect(payload).toMatchObject({ type: 'presswatch.alerts', deliveryId: id });
    expect(payload.alerts).toHaveLength(2);
    expect(payload.alerts[0]).toMatchObject({
      event: 'opened',
      rule: { id: 'r1', name: 'Cửa khẩu <Lao Bảo>' },
      clusterSize: 1,
      items: [
        {
          id: 'i1',
          title: 'Kim ngạch qua Lao Bảo tăng',
          source: 'Báo A',
          country: 'vn',
          language: 'vi',
          tone: -0.4,
          relevance: 0.9,
        },
      ],
    });
    expect(payload.alerts[0].link).toMatch(/^https:\/\/presswatch\.example\.vn\/#\/alerts\/al_/);
    expect(payload.alerts[1].items[0].link).toBe('https://presswatch.example.vn/#/items/i2');
    const stored = await stores.storage.deliveries.get(id);
    expect(stored).toMatchObject({ status: 'delivered', body: request!.body });
    expect(stored!.attempts).toMatchObject([{ status: 200, error: null }]);
  });

  it('retries with exponential backoff, the same delivery id and body each time', async () => {
    const id = await openDelivery();
    receiver.answers.push(500, 503);
    const run = handler();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await run(jobOf({ deliveryId: id })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RetryAfterError);
      delays.push((error as RetryAfterError).delayMs);
      now = new Date(now.getTime() + (error as RetryAfterError).delayMs);
    }
    await run(jobOf({ deliveryId: id }));
    expect(delays).toEqual([200, 400]);
    expect(receiver.received.map((r) => r.headers['x-presswatch-delivery'])).toEqual([id, id, id]);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    const stored = await stores.storage.deliveries.get(id);
    expect(stored!.status).toBe('delivered');
    expect(stored!.attempts.map((a) => a.status)).toEqual([500, 503, 200]);
    expect(stored!.attempts[0]!.error).toContain('HTTP 500');
  });

  it('gives up after the retry period and marks the delivery failed', async () => {
    const id = await openDelivery();
    receiver.answers.push(...Array(50).fill(500));
    const run = handler();
    let failures = 0;
    for (;;) {
      const error = await run(jobOf({ deliveryId: id })).catch((e: unknown) => e);
      if (!(error instanceof RetryAfterError)) break;
      failures++;
      now = new Date(now.getTime() + error.delayMs);
    }
    const stored = await stores.storage.deliveries.get(id);
    expect(stored!.status).toBe('failed');
    // 200+400+800+1000×k ms within 10 s.
    expect(failures).toBeGreaterThan(5);
    expect(stored!.attempts).toHaveLength(failures + 1);
  });

  it('waits for the rate-limit slot and keeps batching meanwhile', async () => {
    const subscription = makeSubscription({ url: receiver.url, ratePerMinute: 2 });
    const first = await openDelivery(subscription);
    const run = handler();
    await run(jobOf({ deliveryId: first }));
    // A second open delivery for the same subscription, right after.
    const { storage } = stores;
    const second = await storage.deliveries.addEntry({
      subscriptionId: subscription.id,
      heldUntil: null,
      entry: { alertId: null, event: 'opened', itemIds: [], at: now.toISOString() },
      entryKey: 'x',
      newDeliveryId: 'dl-second',
      maxEntries: 20,
      now: now.toISOString(),
    });
    const error = await run(jobOf({ deliveryId: second.delivery!.id })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterError);
    expect((error as RetryAfterError).delayMs).toBe(30_000);
    expect((await storage.deliveries.get('dl-second'))!.status).toBe('open');
    now = new Date(now.getTime() + 30_000);
    await run(jobOf({ deliveryId: 'dl-second' }));
    expect(receiver.received).toHaveLength(2);
  });

  it('refuses loopback receivers unless allowlisted (SSRF guard), and logs why', async () => {
    const guarded = createSafeWebhookSender({ allow: [], userAgent: 'PressWatch-test', timeoutMs: 5_000 });
    try {
      const id = await openDelivery();
      const error = await handler(guarded.send)(jobOf({ deliveryId: id })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RetryAfterError);
      expect(receiver.received).toHaveLength(0);
      const stored = await stores.storage.deliveries.get(id);
      expect(stored!.attempts[0]).toMatchObject({ status: null });
      expect(stored!.attempts[0]!.error).toMatch(/block|private|loopback|refus/i);
    } finally {
      guarded.close();
    }
  });

  it('formats Slack and Telegram messages with escaping', async () => {
    const slack = await openDelivery(
      makeSubscription({ id: 'slack', url: receiver.url, format: 'slack', locale: 'en' }),
    );
    await handler()(jobOf({ deliveryId: slack }));
    const slackBody = JSON.parse(receiver.received[0]!.body);
    expect(slackBody.text).toContain('PressWatch: 2 alerts');
    expect(slackBody.blocks[0]).toMatchObject({ type: 'header' });
    const section = slackBody.blocks[1].text.text as string;
    expect(section).toContain('Cửa khẩu &lt;Lao Bảo&gt;');
    expect(section).toContain('<https://news.example.vn/i1|Kim ngạch qua Lao Bảo tăng>');

    const telegram = makeSubscription({
      id: 'tg',
      url: `${receiver.url}/bot123:ABC/sendMessage`,
      format: 'telegram',
      telegramChatId: '-1001',
    });
    await stores.storage.rules.delete('r1');
    const id = await openDelivery(telegram);
    await handler()(jobOf({ deliveryId: id }));
    const telegramBody = JSON.parse(receiver.received[1]!.body);
    expect(telegramBody).toMatchObject({ chat_id: '-1001', parse_mode: 'HTML' });
    expect(telegramBody.text).toContain('Trucks at Lao Bao &amp; Densavan');
    expect(telegramBody.text).toContain('<a href="https://news.example.vn/i2">');
    expect(telegramBody.text.length).toBeLessThanOrEqual(4096);
  });

  it('redelivers a sent message with the same body, and sends a test message', async () => {
    const { storage, queues } = stores;
    const id = await openDelivery();
    await handler()(jobOf({ deliveryId: id }));
    const manual = createManualDeliveries({
      deliveries: storage.deliveries,
      deliverQueue: queues.queue(deliverQueue),
    });
    const again = await manual.redeliver(id);
    expect(again).toMatchObject({ status: 'sending', redeliveryOf: id });
    expect((await queues.queue(deliverQueue).getJob(`deliver-${again.id}`))?.state).toBe('waiting');
    await handler()(jobOf({ deliveryId: again.id }));
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    expect(receiver.received[1]!.headers['x-presswatch-delivery']).toBe(again.id);

    const subscription = (await storage.webhooks.get(again.subscriptionId))!;
    const test = await manual.sendTest(subscription, 'https://presswatch.example.vn/');
    await handler()(jobOf({ deliveryId: test.id }));
    expect(JSON.parse(receiver.received[2]!.body).alerts[0]).toMatchObject({ event: 'test', alert: null });
  });

  it('fails a delivery whose subscription was disabled', async () => {
    const id = await openDelivery(makeSubscription({ id: 'off', url: receiver.url }));
    await stores.storage.webhooks.save(makeSubscription({ id: 'off', url: receiver.url, enabled: false }));
    await handler()(jobOf({ deliveryId: id }));
    expect(receiver.received).toHaveLength(0);
    expect(await stores.storage.deliveries.get(id)).toMatchObject({
      status: 'failed',
      attempts: [{ error: 'subscription is disabled' }],
    });
  });
});
