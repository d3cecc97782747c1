// The alerting routes (rules, alerts, webhooks, digests) on a real SQLite store and queue,
// through inject, with tokens of users in each role.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item, QueueBackend, Role, User } from '@presswatch/domain';
import { deliverQueue } from '@presswatch/domain';
import { hashTokenSecret } from '@presswatch/platform';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const ROLE_USERS: Role[] = ['admin', 'analyst', 'press_officer', 'viewer'];

function item(id: string, title: string, publishedAt: string, extra: Partial<Item> = {}): Item {
  return {
    id,
    url: `https://example.vn/${id}`,
    canonicalUrl: `https://example.vn/${id}`,
    sourceId: 'demo',
    sourceName: 'Demo',
    title,
    byline: null,
    publishedAt,
    fetchedAt: publishedAt,
    language: 'vi',
    country: 'vn',
    domestic: true,
    text: 'Nội dung.',
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
    ...extra,
  };
}

describe('alerting routes', () => {
  let dir: string;
  let storage: ReturnType<typeof openSqliteStorage>;
  let queues: QueueBackend;
  let app: FastifyInstance;
  const as = (role: Role) => ({ authorization: `Bearer token-of-${role}-0123456789` });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-api-alerting-'));
    storage = openSqliteStorage({ path: join(dir, 'pw.db') });
    queues = openSqliteQueueBackend({ path: join(dir, 'queue.db'), logger: quiet });
    for (const role of ROLE_USERS) {
      const user: User = {
        id: `u-${role}`,
        username: role,
        displayName: role,
        email: `${role}@so.example.vn`,
        role,
        timeZone: 'Asia/Ho_Chi_Minh',
        locale: 'vi',
        disabled: false,
        createdAt: '2026-03-01T00:00:00.000Z',
      };
      await storage.users.create(user, 'not-a-real-hash');
      const token = {
        id: `t-${role}`,
        name: role,
        role,
        secretHash: hashTokenSecret(as(role).authorization.slice(7)),
      };
      await storage.tokens.create(token);
      await storage.tokenOwners.setOwner(token.id, user.id);
    }
    const now = Date.now();
    const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();
    await storage.items.upsertMany([
      item('a1', 'Cửa khẩu Lao Bảo thông quan', hoursAgo(30)),
      item('a2', 'Trucks at Lao Bao', hoursAgo(40), {
        language: 'en',
        domestic: false,
        country: 'la',
        tone: -0.5,
      }),
      item('a3', 'Lễ hội ở Đồng Hới', hoursAgo(20)),
    ]);
    app = await buildApp({
      stores: storage,
      readiness: async () => ({ ready: true, checks: {} }),
      logger: pino({ level: 'silent' }),
      queues,
      publicUrl: 'https://pw.example.vn',
    });
  });

  afterEach(async () => {
    await app.close();
    await queues.close();
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (
    role: Role,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => {
    const response = await app.inject({ method, url, headers: as(role), payload });
    const isJson = response.headers['content-type']?.toString().includes('json');
    return {
      status: response.statusCode,
      body: isJson ? response.json() : response.body,
      headers: response.headers,
    };
  };

  it('creates, reads, edits, previews and deletes rules; a bad query says its column', async () => {
    const bad = await call('analyst', 'POST', '/api/rules', { name: 'x', query: 'biển AND (đảo' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ type: 'urn:presswatch:query-syntax', column: expect.any(Number) });
    expect((await call('viewer', 'POST', '/api/rules', { name: 'x', query: 'biển' })).status).toBe(403);
    expect(
      (await call('analyst', 'POST', '/api/rules', { name: 'x', query: 'a', channels: ['nope'] })).status,
    ).toBe(400);

    const created = await call('analyst', 'POST', '/api/rules', {
      name: 'Lao Bảo',
      query: '"lao bao"',
      quietHours: { start: '22:00', end: '06:00' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ownerId: 'u-analyst',
      onePerCluster: true,
      quietHours: { timeZone: 'Asia/Ho_Chi_Minh' },
      filters: { topics: [], domestic: null },
    });
    const id = created.body.id as string;
    expect((await call('viewer', 'GET', `/api/rules/${id}`)).body.name).toBe('Lao Bảo');
    const edited = await call('analyst', 'PATCH', `/api/rules/${id}`, { filters: { domestic: false } });
    expect(edited.body).toMatchObject({ query: '"lao bao"', filters: { domestic: false } });

    const preview = await call('analyst', 'POST', '/api/rules/preview', { query: '"lao bao"', days: 7 });
    expect(preview.status).toBe(200);
    expect(preview.body.items.map((i: { id: string }) => i.id)).toEqual(['a1', 'a2']);
    expect(preview.body.items[0].text).toBeUndefined();
    expect(preview.body.matcherDisagrees).toEqual([]);
    const narrow = await call('analyst', 'POST', '/api/rules/preview', {
      query: '"lao bao"',
      filters: { maxTone: -0.2 },
    });
    expect(narrow.body.items.map((i: { id: string }) => i.id)).toEqual(['a2']);

    expect((await call('analyst', 'DELETE', `/api/rules/${id}`)).status).toBe(204);
    expect((await call('analyst', 'GET', `/api/rules/${id}`)).status).toBe(404);
    const audit = await storage.audit.list({ limit: 10 });
    expect(audit.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['rule.create', 'rule.update', 'rule.delete']),
    );
  });

  it('shows a webhook secret once, masks the URL, and sends a test message through the queue', async () => {
    const body = {
      name: 'Slack',
      url: 'https://hooks.slack.example/services/T0/B0/SECRETPATH',
      format: 'slack',
    };
    expect((await call('analyst', 'POST', '/api/webhooks', body)).status).toBe(403);
    const created = await call('admin', 'POST', '/api/webhooks', body);
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    expect(created.body).toMatchObject({
      url: 'https://hooks.slack.example/…',
      ratePerMinute: 20,
      locale: 'vi',
    });
    const id = created.body.id as string;
    const read = await call('admin', 'GET', `/api/webhooks/${id}`);
    expect(read.body.secret).toBeUndefined();
    expect(JSON.stringify(read.body)).not.toContain('SECRETPATH');
    expect((await call('admin', 'POST', '/api/webhooks', { ...body, format: 'telegram' })).status).toBe(400);

    const test = await call('admin', 'POST', `/api/webhooks/${id}/test`);
    expect(test.status).toBe(202);
    expect((await queues.queue(deliverQueue).getJob(`deliver-${test.body.id}`))?.state).toBe('waiting');
    const log = await call('admin', 'GET', `/api/webhooks/${id}/deliveries`);
    expect(log.body.deliveries.map((d: { id: string }) => d.id)).toEqual([test.body.id]);
    const full = await call('admin', 'GET', `/api/deliveries/${test.body.id}`);
    expect(JSON.parse(full.body.body).blocks[0].type).toBe('header');
    const again = await call('admin', 'POST', `/api/deliveries/${test.body.id}/redeliver`);
    expect(again.body).toMatchObject({ redeliveryOf: test.body.id, status: 'sending' });
  });

  it('triages alerts: filters, transitions, assignment, notes and bulk acknowledge', async () => {
    const at = '2026-03-10T03:00:00.000Z';
    const opened = [];
    for (const id of ['a1', 'a2', 'a3']) {
      opened.push(
        (
          await storage.alerts.recordMatch({
            ruleId: 'r1',
            onePerCluster: true,
            item: { id, clusterId: null, topics: id === 'a2' ? ['border'] : [] },
            at,
          })
        ).alert,
      );
    }
    const [first, second, third] = opened.map((a) => a.id);
    const list = await call('viewer', 'GET', '/api/alerts?status=new&topic=border');
    expect(list.body.alerts.map((a: { id: string }) => a.id)).toEqual([second]);
    expect((await call('viewer', 'GET', '/api/alerts?status=bogus')).status).toBe(400);
    expect(
      (await call('viewer', 'POST', `/api/alerts/${first}/transition`, { status: 'acknowledged' })).status,
    ).toBe(403);

    const one = await call('viewer', 'GET', `/api/alerts/${first}`);
    expect(one.body.items.map((i: { title: string }) => i.title)).toEqual(['Cửa khẩu Lao Bảo thông quan']);
    const skip = await call('analyst', 'POST', `/api/alerts/${first}/transition`, { status: 'assigned' });
    expect(skip.status).toBe(409);
    expect(
      (await call('analyst', 'POST', `/api/alerts/${first}/assign`, { assigneeId: 'nobody' })).status,
    ).toBe(400);
    const assigned = await call('press_officer', 'POST', `/api/alerts/${first}/assign`, {
      assigneeId: 'u-analyst',
      note: 'Xử lý gấp',
    });
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      assigneeId: 'u-analyst',
      notes: [{ author: 'token:t-press_officer', text: 'Xử lý gấp' }],
    });
    const resolved = await call('analyst', 'POST', `/api/alerts/${first}/transition`, {
      status: 'resolved',
      note: 'Đã trả lời',
    });
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    const noted = await call('analyst', 'POST', `/api/alerts/${first}/notes`, { text: 'Lưu hồ sơ' });
    expect(noted.body.notes).toHaveLength(3);

    const bulk = await call('analyst', 'POST', '/api/alerts/acknowledge', {
      ids: [first, second, third, 'missing'],
    });
    expect(bulk.body).toEqual({ acknowledged: [second, third], skipped: [first, 'missing'] });
    const resolvedOnly = await call('viewer', 'GET', '/api/alerts?status=resolved');
    expect(resolvedOnly.body.alerts.map((a: { id: string }) => a.id)).toEqual([first]);
    const actions = (await storage.audit.list({ limit: 20 })).entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['alert.assign', 'alert.transition', 'alert.note', 'alert.acknowledge']),
    );
  });

  it('keeps digest subscriptions per user and previews the digest in the browser', async () => {
    const mine = await call('analyst', 'POST', '/api/digests', { topics: [], sendAt: '06:30' });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      userId: 'u-analyst',
      timeZone: 'Asia/Ho_Chi_Minh',
      audience: 'all',
      email: null,
    });
    const id = mine.body.id as string;
    expect((await call('viewer', 'GET', `/api/digests/${id}`)).status).toBe(404);
    expect((await call('viewer', 'POST', '/api/digests', { userId: 'u-analyst' })).status).toBe(403);
    expect((await call('admin', 'GET', '/api/digests')).body.digests).toHaveLength(1);
    expect((await call('viewer', 'GET', '/api/digests')).body.digests).toHaveLength(0);
    expect((await call('analyst', 'PATCH', `/api/digests/${id}`, { timeZone: 'Nowhere/City' })).status).toBe(
      400,
    );

    const day = new Date(Date.now() - 20 * 3_600_000).toLocaleDateString('en-CA', {
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    const html = await call('analyst', 'GET', `/api/digests/${id}/preview?day=${day}`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.body).toContain('Lễ hội ở Đồng Hới');
    const text = await call('analyst', 'GET', `/api/digests/${id}/preview?day=${day}&format=text`);
    expect(text.body).toContain('Bản tin hằng ngày');
    expect((await call('analyst', 'GET', `/api/digests/${id}/sends`)).body.sends).toEqual([]);
    expect((await call('analyst', 'DELETE', `/api/digests/${id}`)).status).toBe(204);
  });
});
