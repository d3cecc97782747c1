// The notifier service in-process on the embedded adapters: a rule match is delivered as a signed
// webhook to a receiver on 127.0.0.1 that fails twice first (retries with short backoff from the
// config), and yesterday's digest arrives at a real SMTP peer, once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDigestHandler,
  createDigestScheduler,
  localDay,
  shiftDay,
  uiLinks,
  verifySignature,
} from '@presswatch/alerts';
import { deliverQueue, digestQueue, type Item } from '@presswatch/domain';
import { createRuntime, type Runtime } from '@presswatch/platform';
import { createAlertHook } from '@presswatch/stages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../../tests/support/wait.ts';
import { createSmtpMailSender, startNotifier } from '../src/index.ts';
import {
  decodeHeader,
  mailParts,
  type Receiver,
  type SmtpPeer,
  startReceiver,
  startSmtpPeer,
} from './support.ts';

const ZONE = 'Asia/Ho_Chi_Minh';
const FROM = 'PressWatch <bao-cao@so.example.vn>';
const yesterday = shiftDay(localDay(new Date(), ZONE), -1);

function item(id: string, title: string, publishedAt: string): Item {
  return {
    id,
    url: `https://tin.example.vn/${id}`,
    canonicalUrl: `https://tin.example.vn/${id}`,
    sourceId: 'bao-a',
    sourceName: 'Báo A',
    title,
    byline: null,
    publishedAt,
    fetchedAt: publishedAt,
    language: 'vi',
    country: 'vn',
    domestic: true,
    text: 'Nội dung bài viết hư cấu dùng cho kiểm thử.',
    summary: null,
    topics: [{ topic: 'border', score: 0.9, matched: [] }],
    relevance: 0.8,
    tone: null,
    clusterId: null,
  };
}

describe('notifier service', () => {
  let dataDir: string;
  let runtime: Runtime;
  let smtp: SmtpPeer;
  let receiver: Receiver;

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    receiver = await startReceiver();
    dataDir = mkdtempSync(join(tmpdir(), 'pw-notifier-'));
    runtime = await createRuntime({
      name: 'notifier-test',
      handleSignals: false,
      env: {},
      overrides: {
        dataDir,
        sourcesFile: null,
        log: { level: 'warn' },
        http: { publicUrl: 'https://pw.example.vn' },
        smtp: { from: FROM },
        secrets: { smtpUrl: smtp.url },
        notifier: {
          batchWindowMs: 100,
          retryBaseMs: 100,
          retryMaxMs: 500,
          allowTargets: ['127.0.0.1'],
          digestTickMs: 100,
          spikes: { enabled: false },
        },
      },
    });
    startNotifier(runtime);
  });

  afterAll(async () => {
    await runtime?.shutdown.shutdown('test over');
    await receiver?.close();
    await smtp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers a rule match as a signed webhook, retrying after two failures', async () => {
    const { stores, queues } = runtime.adapters;
    const now = new Date().toISOString();
    const subscription = {
      id: 'wh-1',
      name: 'Tổ báo chí',
      url: receiver.url,
      format: 'json' as const,
      secret: 'whsec_notifier_test',
      telegramChatId: null,
      topics: [],
      ratePerMinute: 60,
      locale: 'vi' as const,
      enabled: true,
      ownerId: null,
      createdAt: now,
      updatedAt: now,
    };
    await stores.webhooks.save(subscription);
    await stores.rules.save({
      id: 'r-lao-bao',
      name: 'Lao Bảo',
      ownerId: null,
      query: '"lao bao"',
      filters: {
        topics: [],
        sourceIds: [],
        countries: [],
        languages: [],
        domestic: null,
        minRelevance: null,
        minTone: null,
        maxTone: null,
      },
      minScore: null,
      onePerCluster: true,
      quietHours: null,
      channels: ['wh-1'],
      spikeAlerts: false,
      enabled: true,
      createdAt: now,
      updatedAt: now,
    });
    receiver.answers.push(500, 502);
    const hook = createAlertHook({
      ...stores,
      deliverQueue: queues.queue(deliverQueue),
      settings: runtime.config.notifier,
      logger: runtime.logger,
    });
    const match = item('n1', 'Xe tải xếp hàng dài ở cửa khẩu Lao Bảo', now);
    await stores.items.upsertMany([match]);
    await hook(match);

    await waitFor('a delivered webhook', () => receiver.received.find((r) => r.status === 200), 20_000);
    expect(receiver.received.map((r) => r.status)).toEqual([500, 502, 200]);
    const deliveryIds = new Set(receiver.received.map((r) => r.headers['x-presswatch-delivery']));
    expect(deliveryIds.size).toBe(1);
    for (const request of receiver.received) {
      const signature = String(request.headers['x-presswatch-signature']);
      expect(verifySignature(subscription.secret, signature, request.body)).toBe(true);
    }
    const payload = JSON.parse(receiver.received[2]!.body);
    expect(payload.alerts[0]).toMatchObject({
      event: 'opened',
      rule: { id: 'r-lao-bao', name: 'Lao Bảo' },
      items: [
        {
          id: 'n1',
          title: 'Xe tải xếp hàng dài ở cửa khẩu Lao Bảo',
          topics: ['border'],
          link: 'https://pw.example.vn/#/items/n1',
        },
      ],
    });
    const [deliveryId] = deliveryIds;
    const delivery = await stores.deliveries.get(String(deliveryId));
    expect(delivery).toMatchObject({ status: 'delivered' });
    expect(delivery!.attempts.map((a) => a.status)).toEqual([500, 502, 200]);
  });

  it("sends yesterday's digest over SMTP once per subscriber and day", async () => {
    const { stores, queues } = runtime.adapters;
    const noon = (day: string) => new Date(`${day}T05:00:00Z`).toISOString(); // 12:00 local
    await stores.items.upsertMany([
      item('d1', 'Cửa khẩu La Lay mở rộng bãi kiểm hóa', noon(yesterday)),
      item('d2', 'Tin của hôm kia', noon(shiftDay(yesterday, -1))),
    ]);
    const created = new Date(Date.now() - 3 * 86_400_000).toISOString();
    await stores.digests.save({
      id: 'dg-1',
      userId: 'u-leader',
      email: 'lanh.dao@so.example.vn',
      topics: [],
      audience: 'all',
      minRelevance: null,
      sendAt: '00:00',
      timeZone: ZONE,
      locale: 'en',
      enabled: true,
      createdAt: created,
      updatedAt: created,
    });

    const mail = await waitFor('the digest email', () => smtp.mails[0], 20_000);
    expect(mail.from).toBe('bao-cao@so.example.vn');
    expect(mail.to).toEqual(['lanh.dao@so.example.vn']);
    const { headers, parts } = mailParts(mail.raw);
    expect(decodeHeader(headers)).toContain(`Subject: PressWatch — daily digest for ${yesterday}`);
    expect(headers).toContain(`Message-ID: <digest.dg-1.${yesterday}@so.example.vn>`);
    const text = parts.find((p) => p.contentType === 'text/plain')!.text;
    const html = parts.find((p) => p.contentType === 'text/html')!.text;
    expect(text).toContain('Cửa khẩu La Lay mở rộng bãi kiểm hóa');
    expect(text).not.toContain('Tin của hôm kia');
    expect(html).toContain('href="https://pw.example.vn/#/items/d1"');
    await waitFor(
      'the send recorded',
      async () => (await stores.digests.getSend('dg-1', yesterday))?.status === 'sent',
    );

    // Idempotent: the scheduler enqueues nothing more, and the job run again sends nothing.
    const scheduler = createDigestScheduler({
      digests: stores.digests,
      digestQueue: queues.queue(digestQueue),
      logger: runtime.logger,
    });
    expect(await scheduler.tick()).toBe(0);
    const mailer = createSmtpMailSender({ url: smtp.url, port: 25 })!;
    try {
      const handler = createDigestHandler({
        ...stores,
        mail: mailer,
        from: FROM,
        links: uiLinks('https://pw.example.vn'),
        logger: runtime.logger,
      });
      await handler({
        id: 'again',
        payload: { subscriptionId: 'dg-1', day: yesterday },
        attempt: 1,
        signal: new AbortController().signal,
      });
    } finally {
      mailer.close();
    }
    expect(smtp.mails).toHaveLength(1);
  });
});
