// End to end on the embedded adapters: the demo sources (the fixture web) go through crawl →
// fetch → process with an alert rule written through the API; the rule's webhook subscription
// points at a receiver on 127.0.0.1 that fails twice before it accepts, so the signed message
// arrives on the third attempt (short backoff from the config); and yesterday's digest arrives
// at a real SMTP peer on 127.0.0.1.
//
// The process stage's alert hook is wired here around the stage's own handler (see
// startProcessorWithAlerts); once process-stage.ts calls createAlertHook itself, this becomes
// startProcessor(runtime) — and until then a second run of the hook would change nothing: it is
// idempotent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDay, shiftDay, verifySignature } from '@presswatch/alerts';
import { startApi } from '@presswatch/api';
import { startCrawler } from '@presswatch/crawler';
import { deliverQueue, processQueue, type User } from '@presswatch/domain';
import { startNotifier } from '@presswatch/notifier';
import { createRuntime, type Runtime, seedAdminToken } from '@presswatch/platform';
import { createAlertHook, createProcessHandler } from '@presswatch/stages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeHeader,
  mailParts,
  type Receiver,
  type SmtpPeer,
  startReceiver,
  startSmtpPeer,
} from '../../services/notifier/test/support.ts';
import { type FixtureWeb, startFixtureWeb } from '../fixture-web/index.ts';
import { waitFor } from '../support/wait.ts';

const TOKEN = 'e2e-alerts-admin-token-0123456789';
const ZONE = 'Asia/Ho_Chi_Minh';
const PUBLIC_URL = 'http://presswatch.test';

/** The process stage followed by the alert hook, as process-stage.ts will call it. */
function startProcessorWithAlerts(runtime: Runtime): void {
  const { stores, queues } = runtime.adapters;
  const { logger, shutdown, config } = runtime;
  const hook = createAlertHook({
    ...stores,
    deliverQueue: queues.queue(deliverQueue),
    settings: config.notifier,
    logger,
  });
  const process = createProcessHandler({ ...stores, logger });
  const worker = queues.work(
    processQueue,
    async (job) => {
      await process(job);
      const item = await stores.items.get(job.payload.documentId);
      if (item) await hook(item);
    },
    { concurrency: 2 },
  );
  shutdown.register('process worker', 'workers', (left) => worker.close({ deadlineMs: left }));
}

describe('alerts, webhooks and digests end to end', () => {
  let web: FixtureWeb;
  let smtp: SmtpPeer;
  let receiver: Receiver;
  let runtime: Runtime;
  let baseUrl: string;
  let dataDir: string;
  let secret: string;
  let webhookId: string;
  let ruleId: string;
  let digestId: string;
  const today = localDay(new Date(), ZONE);
  const yesterday = shiftDay(today, -1);

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    // Articles are dated back from midnight today (local): those under 24 hours old are yesterday's.
    web = await startFixtureWeb({ host: '127.0.0.1', now: new Date(`${today}T00:00:00+07:00`) });
    smtp = await startSmtpPeer();
    receiver = await startReceiver();
    receiver.answers.push(500, 500);
    dataDir = mkdtempSync(join(tmpdir(), 'pw-e2e-alerts-'));
    runtime = await createRuntime({
      name: 'e2e-alerts',
      handleSignals: false,
      env: {},
      overrides: {
        dataDir,
        sourcesFile: null,
        http: { host: '127.0.0.1', port: 0, publicUrl: PUBLIC_URL },
        log: { level: 'warn' },
        crawl: { schedulerTickMs: 200, allowHosts: [`127.0.0.1:${web.port}`], perHostDelayMs: 0 },
        smtp: { from: 'PressWatch <ban-tin@so.example.vn>' },
        secrets: { smtpUrl: smtp.url },
        notifier: {
          batchWindowMs: 300,
          retryBaseMs: 200,
          retryMaxMs: 1_000,
          allowTargets: ['127.0.0.1'],
          digestTickMs: 200,
          spikes: { enabled: false },
        },
      },
    });
    const { stores } = runtime.adapters;
    await seedAdminToken(stores.tokens, TOKEN);
    for (const feed of web.feeds) {
      await stores.sources.upsert({
        id: `fx-${feed.name}`,
        name: feed.title,
        url: feed.url,
        kind: 'feed',
        render: false,
        country: feed.country,
        language: feed.language,
        domestic: feed.domestic,
        minPollSeconds: 1,
        maxPollSeconds: 2,
        selectors: null,
        enabled: true,
      });
    }
    ({ url: baseUrl } = await startApi(runtime));
    await configureThroughApi();
    startNotifier(runtime);
    startProcessorWithAlerts(runtime);
    startCrawler(runtime);
  });

  async function configureThroughApi(): Promise<void> {
    const webhook = await api('POST', '/api/webhooks', {
      name: 'Tổ thông tin báo chí',
      url: receiver.url,
      format: 'json',
    });
    expect(webhook.status).toBe(201);
    ({ id: webhookId, secret } = webhook.body as { id: string; secret: string });
    const bad = await api('POST', '/api/rules', { name: 'Sai cú pháp', query: '"lao bao' });
    expect(bad).toMatchObject({ status: 400, body: { column: expect.any(Number) } });
    const rule = await api('POST', '/api/rules', {
      name: 'Cửa khẩu Lao Bảo',
      query: '"lao bao"',
      channels: [webhookId],
    });
    expect(rule.status).toBe(201);
    ruleId = rule.body.id;

    const leader: User = {
      id: 'u-leader',
      username: 'lanhdao',
      displayName: 'Lãnh đạo Sở',
      email: 'lanh.dao@so.example.vn',
      role: 'viewer',
      timeZone: ZONE,
      locale: 'vi',
      disabled: false,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    await runtime.adapters.stores.users.create(leader, 'not-used-here');
    const digest = await api('POST', '/api/digests', { userId: leader.id, sendAt: '00:00', locale: 'en' });
    expect(digest.status).toBe(201);
    digestId = digest.body.id;
  }

  afterAll(async () => {
    await runtime?.shutdown.shutdown('test over');
    await Promise.all([web?.close(), smtp?.close(), receiver?.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers every match as a signed webhook, after two failed attempts of the first message', async () => {
    await waitFor(
      'every fixture article indexed',
      async () => (await api('GET', '/api/items?limit=1')).body.total >= web.articles.length || undefined,
    );
    const matching = (await api('GET', `/api/items?q=${encodeURIComponent('"lao bao"')}&limit=100`)).body
      .items as {
      id: string;
      url: string;
      title: string;
    }[];
    expect(matching.length).toBeGreaterThanOrEqual(2);
    const expected = matching.map((i) => i.id).sort();

    const delivered = () =>
      receiver.received
        .filter((r) => r.status === 200)
        .flatMap((r) =>
          JSON.parse(r.body).alerts.flatMap((a: { items: { id: string }[] }) => a.items.map((i) => i.id)),
        );
    await waitFor('all matches delivered', () => [...delivered()].sort().join() === expected.join(), 30_000);

    // The first two requests failed; whichever deliveries they belonged to were retried until accepted.
    const byDelivery = new Map<string, number[]>();
    for (const request of receiver.received) {
      const id = String(request.headers['x-presswatch-delivery']);
      byDelivery.set(id, [...(byDelivery.get(id) ?? []), request.status]);
    }
    expect(receiver.received.slice(0, 2).map((r) => r.status)).toEqual([500, 500]);
    for (const statuses of byDelivery.values()) {
      expect(statuses.at(-1)).toBe(200);
      expect(statuses.slice(0, -1).every((s) => s === 500)).toBe(true);
    }
    expect([...byDelivery.values()].flat().filter((s) => s === 500)).toHaveLength(2);
    for (const request of receiver.received) {
      expect(verifySignature(secret, String(request.headers['x-presswatch-signature']), request.body)).toBe(
        true,
      );
      expect(request.headers['content-type']).toContain('application/json');
    }
    const alerts = receiver.received
      .filter((r) => r.status === 200)
      .flatMap((r) => JSON.parse(r.body).alerts as Record<string, any>[]);
    for (const alert of alerts) {
      expect(alert).toMatchObject({
        event: 'opened',
        rule: { id: ruleId, name: 'Cửa khẩu Lao Bảo' },
        clusterSize: 1,
      });
      const [item] = alert.items;
      const source = matching.find((m) => m.id === item.id)!;
      expect(item).toMatchObject({
        title: source.title,
        url: source.url,
        country: expect.any(String),
        language: expect.any(String),
      });
      expect(item.link).toBe(`${PUBLIC_URL}/#/items/${item.id}`);
      expect(alert.link).toBe(`${PUBLIC_URL}/#/alerts/${alert.alert.id}`);
    }
  }, 60_000);

  it('shows the alerts and the delivery log through the API, and previews the rule', async () => {
    const { body: inbox } = await api('GET', `/api/alerts?ruleId=${ruleId}&status=new`);
    const { body: preview } = await api('POST', '/api/rules/preview', { query: '"lao bao"', days: 7 });
    expect(preview.matcherDisagrees).toEqual([]);
    expect(inbox.alerts.flatMap((a: { itemIds: string[] }) => a.itemIds).sort()).toEqual(
      preview.items.map((i: { id: string }) => i.id).sort(),
    );
    const { body: log } = await api('GET', `/api/webhooks/${webhookId}/deliveries`);
    expect(log.deliveries.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
    const statuses = log.deliveries.flatMap((d: { attempts: { status: number }[] }) =>
      d.attempts.map((a) => a.status),
    );
    expect(statuses.filter((s: number) => s === 500)).toHaveLength(2);
    expect(statuses.filter((s: number) => s === 200)).toHaveLength(log.deliveries.length);

    const [first] = inbox.alerts as { id: string }[];
    const acked = await api('POST', '/api/alerts/acknowledge', { ids: [first!.id] });
    expect(acked.body.acknowledged).toEqual([first!.id]);
  });

  it("sends yesterday's digest over SMTP to the subscriber", async () => {
    await waitFor(
      'every fixture article indexed',
      async () => (await api('GET', '/api/items?limit=1')).body.total >= web.articles.length || undefined,
    );
    expect(smtp.mails).toHaveLength(0); // a new subscription starts with its next send time
    // Back-dated, as if it had been created days ago: yesterday's digest is due now.
    const { digests } = runtime.adapters.stores;
    const created = (await digests.get(digestId))!;
    await digests.save({ ...created, createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString() });
    const mail = await waitFor('the digest email', () => smtp.mails[0], 30_000);
    expect(mail.to).toEqual(['lanh.dao@so.example.vn']);
    const { headers, parts } = mailParts(mail.raw);
    expect(decodeHeader(headers)).toContain(`PressWatch — daily digest for ${yesterday}`);
    const text = parts.find((p) => p.contentType === 'text/plain')!.text;
    const html = parts.find((p) => p.contentType === 'text/html')!.text;
    const fromYesterday = web.articles.filter((a) => localDay(new Date(a.publishedAt), ZONE) === yesterday);
    const older = web.articles.filter((a) => localDay(new Date(a.publishedAt), ZONE) < yesterday);
    expect(fromYesterday.length).toBeGreaterThan(0);
    expect(older.length).toBeGreaterThan(0);
    expect(text).toContain(`${yesterday}: ${fromYesterday.length} relevant items.`);
    for (const article of older) expect(text).not.toContain(article.url);
    expect(html).toContain(`${PUBLIC_URL}/#/items/`);
    const sent = await waitFor('the send recorded', async () => {
      const [last] = (await api('GET', `/api/digests/${digestId}/sends`)).body.sends;
      return last?.status === 'sent' ? last : undefined;
    });
    expect(sent).toMatchObject({ day: yesterday, itemCount: fromYesterday.length });
    expect(smtp.mails).toHaveLength(1);
  }, 60_000);
});
