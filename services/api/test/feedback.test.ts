// Analyst feedback on items: the log per item (who, what, when), the labels it adds up to, who may
// write and read it, and the audit trail.
import type { AuditEntry } from '@presswatch/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, indexItems, login, startTestApi, type TestApi, testItem } from './support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await indexItems(api.storage, [
    testItem('f1', '2026-11-01T01:00:00Z', { title: 'Cửa khẩu thông quan' }),
    testItem('f2', '2026-11-02T01:00:00Z', { title: 'Hội chợ đầu tư' }),
  ]);
});
afterAll(() => api.close());

function post(itemId: string, payload: object, headers: Record<string, string> = api.bearer('analyst')) {
  return api.app.inject({ method: 'POST', url: `/api/items/${itemId}/feedback`, headers, payload });
}

describe('item feedback', () => {
  it('keeps every word in order and adds them up to the labels the item has now', async () => {
    const first = await post('f1', { kind: 'relevant' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      feedback: { itemId: 'f1', kind: 'relevant', topic: null, actor: 'token:tk-analyst', note: null },
      labels: { relevant: true, topics: {} },
    });
    await post('f1', { kind: 'topic_added', topic: 'border', note: 'Tin về cửa khẩu Lao Bảo' });
    await post('f1', { kind: 'topic_removed', topic: 'investment' }, api.bearer('press_officer'));
    await post('f1', { kind: 'not_relevant' }, api.bearer('admin'));

    const read = await api.app.inject({ url: '/api/items/f1/feedback', headers: api.bearer('viewer') });
    expect(read.statusCode).toBe(200);
    const body = read.json();
    expect(body.feedback.map((f: { kind: string }) => f.kind)).toEqual([
      'relevant',
      'topic_added',
      'topic_removed',
      'not_relevant',
    ]);
    expect(body.feedback.map((f: { actor: string }) => f.actor)).toEqual([
      'token:tk-analyst',
      'token:tk-analyst',
      'token:tk-press_officer',
      'token:tk-admin',
    ]);
    expect(body.feedback[1]).toMatchObject({ topic: 'border', note: 'Tin về cửa khẩu Lao Bảo' });
    expect(Date.parse(body.feedback[0].at)).not.toBeNaN();
    expect(body.labels).toEqual({ relevant: false, topics: { border: true, investment: false } });

    const other = (
      await api.app.inject({ url: '/api/items/f2/feedback', headers: api.bearer('viewer') })
    ).json();
    expect(other).toEqual({ feedback: [], labels: { relevant: null, topics: {} } });
  });

  it('records a person signed in with a session as user:<id>, and audits the change', async () => {
    const user = await addUser(api.storage, 'thu', 'analyst');
    const session = await login(api.app, 'thu');
    const response = await post('f2', { kind: 'topic_added', topic: 'investment' }, session.headers);
    expect(response.statusCode).toBe(201);
    expect(response.json().feedback.actor).toBe(`user:${user.id}`);
    const audit = await api.app.inject({
      url: '/api/audit?action=item.feedback',
      headers: api.bearer('admin'),
    });
    const entries = audit.json().entries as AuditEntry[];
    expect(entries[0]).toMatchObject({
      actor: `user:${user.id}`,
      action: 'item.feedback',
      target: 'f2',
      details: { kind: 'topic_added', topic: 'investment' },
    });
  });

  it('lets analysts and up write and viewers only read', async () => {
    const refused = await post('f2', { kind: 'relevant' }, api.bearer('viewer'));
    expect(refused.statusCode).toBe(403);
    expect((await api.app.inject({ url: '/api/items/f2/feedback' })).statusCode).toBe(401);
  });

  it('refuses feedback on unknown items and malformed feedback', async () => {
    expect((await post('nope', { kind: 'relevant' })).statusCode).toBe(404);
    expect(
      (await api.app.inject({ url: '/api/items/nope/feedback', headers: api.bearer('viewer') })).statusCode,
    ).toBe(404);
    const noTopic = await post('f1', { kind: 'topic_added' });
    expect(noTopic.statusCode).toBe(400);
    expect(noTopic.json().detail).toMatch(/needs a topic/);
    expect((await post('f1', { kind: 'relevant', topic: 'border' })).statusCode).toBe(400);
    expect((await post('f1', { kind: 'liked' })).statusCode).toBe(400);
    expect((await post('f1', { kind: 'topic_added', topic: 'Biên giới!' })).statusCode).toBe(400);
    const log = (
      await api.app.inject({ url: '/api/items/f1/feedback', headers: api.bearer('viewer') })
    ).json();
    expect(log.feedback.every((f: { kind: string }) => f.kind !== 'liked')).toBe(true);
  });
});
