// The notifier stores' contract: webhook subscriptions and their send slot, the delivery log
// (batching into open deliveries, idempotent entry keys, seal, attempts, newest-first pages),
// digest subscriptions and their final "sent" records, and activity counts for spikes. Every
// adapter runs the same tests against its real backend, including two processes racing.
import type {
  AddEntryInput,
  DeliveryAttempt,
  DigestSend,
  DigestSubscription,
  WebhookSubscription,
} from '@presswatch/domain';
import { InvalidCursorError, NotFoundError } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { NOTIFIER_ADAPTERS, reportMissingSearchNode, useNotifierBackend } from './support/notifier-stores.ts';

const at = '2026-03-10T03:00:00.000Z';
const minute = (n: number) => new Date(Date.UTC(2026, 2, 10, 3, n)).toISOString();

function webhook(id: string, overrides: Partial<WebhookSubscription> = {}): WebhookSubscription {
  return {
    id,
    name: `Nhóm ${id}`,
    url: `http://127.0.0.1:9/hook/${id}`,
    format: 'json',
    secret: 'whsec_test_secret',
    telegramChatId: null,
    topics: ['border'],
    ratePerMinute: 6,
    locale: 'vi',
    enabled: true,
    ownerId: null,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  };
}

function digest(id: string, userId: string, createdAt: string): DigestSubscription {
  return {
    id,
    userId,
    email: null,
    topics: [],
    audience: 'all',
    minRelevance: null,
    sendAt: '07:00',
    timeZone: 'Asia/Ho_Chi_Minh',
    locale: 'vi',
    enabled: true,
    createdAt,
    updatedAt: createdAt,
  };
}

const entryInput = (key: string, newId: string, overrides: Partial<AddEntryInput> = {}): AddEntryInput => ({
  subscriptionId: 's',
  heldUntil: null,
  entry: { alertId: key, event: 'opened', itemIds: [`i-${key}`], at },
  entryKey: key,
  newDeliveryId: newId,
  maxEntries: 2,
  now: at,
  ...overrides,
});

const attempt = (status: number | null, when: string): DeliveryAttempt => ({
  at: when,
  status,
  error: status === 200 ? null : 'refused',
  durationMs: 12,
});

reportMissingSearchNode('notifier stores');

describe.each(NOTIFIER_ADAPTERS)('WebhookRepository ($name)', (adapter) => {
  const backend = useNotifierBackend(adapter);

  it('saves, replaces, lists in creation order and deletes', async () => {
    const { webhooks } = backend().stores;
    await webhooks.save(webhook('w2', { createdAt: '2026-03-02T00:00:00.000Z' }));
    await webhooks.save(webhook('w1'));
    await webhooks.save(webhook('w0', { createdAt: '2026-03-02T00:00:00.000Z' }));
    await webhooks.save(webhook('w1', { name: 'Đổi tên', enabled: false }));
    expect(await webhooks.get('w1')).toEqual(webhook('w1', { name: 'Đổi tên', enabled: false }));
    expect((await webhooks.list()).map((w) => w.id)).toEqual(['w1', 'w0', 'w2']);
    expect(await webhooks.delete('w1')).toBe(true);
    expect(await webhooks.delete('w1')).toBe(false);
    expect(await webhooks.get('w1')).toBeNull();
    expect((await webhooks.list()).map((w) => w.id)).toEqual(['w0', 'w2']);
  });

  it('hands out one send slot per interval, and keeps it across a save', async () => {
    const { webhooks } = backend().stores;
    await webhooks.save(webhook('w'));
    const now = new Date(at);
    expect(await webhooks.takeSendSlot('w', now, 10_000)).toBe(0);
    await webhooks.save(webhook('w', { name: 'edited' }));
    expect(await webhooks.takeSendSlot('w', new Date(now.getTime() + 4_000), 10_000)).toBe(6_000);
    expect(await webhooks.takeSendSlot('w', new Date(now.getTime() + 10_000), 10_000)).toBe(0);
    expect(await webhooks.takeSendSlot('gone', now, 10_000)).toBe(0);
  });

  it('gives a slot to one of two processes taking it at once', async () => {
    const { stores } = backend();
    const other = await backend().second();
    await stores.webhooks.save(webhook('w'));
    const now = new Date(at);
    const waits = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? other : stores).webhooks.takeSendSlot('w', now, 60_000)),
    );
    expect(waits.filter((ms) => ms === 0)).toHaveLength(1);
    expect(waits.filter((ms) => ms === 60_000)).toHaveLength(5);
  });
});

describe.each(NOTIFIER_ADAPTERS)('DeliveryRepository ($name)', (adapter) => {
  const backend = useNotifierBackend(adapter);

  it('opens a new delivery when the open one is full, and ignores a repeated entry key', async () => {
    const { deliveries } = backend().stores;
    expect(await deliveries.addEntry(entryInput('a', 'd1'))).toMatchObject({
      created: true,
      delivery: { id: 'd1' },
    });
    const second = await deliveries.addEntry(entryInput('b', 'unused'));
    expect(second.created).toBe(false);
    expect(second.delivery?.entries.map((e) => e.alertId)).toEqual(['a', 'b']);
    expect(await deliveries.addEntry(entryInput('a', 'unused'))).toEqual({ delivery: null, created: false });
    expect(await deliveries.addEntry(entryInput('c', 'd2'))).toMatchObject({
      created: true,
      delivery: { id: 'd2' },
    });
    const body = { body: '{}', contentType: 'application/json' };
    expect(await deliveries.seal('d1', body, minute(5))).toMatchObject({
      status: 'sending',
      sealedAt: minute(5),
    });
    expect(await deliveries.seal('d1', body, minute(6))).toBeNull();
    expect(await deliveries.seal('missing', body, minute(6))).toBeNull();
    const open = await deliveries.list({ subscriptionId: 's', status: 'open', limit: 5 });
    expect(open.deliveries.map((d) => d.id)).toEqual(['d2']);
  });

  it('keeps separate open deliveries per hold time and per subscription', async () => {
    const { deliveries } = backend().stores;
    await deliveries.addEntry(entryInput('a', 'd1'));
    const held = await deliveries.addEntry(entryInput('b', 'd2', { heldUntil: minute(30) }));
    const other = await deliveries.addEntry(entryInput('a', 'd3', { subscriptionId: 't' }));
    expect([held.created, other.created]).toEqual([true, true]);
    const sealed = await deliveries.seal('d1', { body: 'x', contentType: 'text/plain' }, minute(1));
    expect(sealed?.entries).toHaveLength(1);
    // The slot's delivery is sealed: the next entry opens another.
    expect(await deliveries.addEntry(entryInput('c', 'd4'))).toMatchObject({
      created: true,
      delivery: { id: 'd4' },
    });
    expect((await deliveries.get('d2'))?.heldUntil).toBe(minute(30));
  });

  it('records attempts and the status after each', async () => {
    const { deliveries } = backend().stores;
    await deliveries.addEntry(entryInput('a', 'd1'));
    await deliveries.seal('d1', { body: '{}', contentType: 'application/json' }, minute(1));
    await deliveries.recordAttempt('d1', attempt(500, minute(2)), {
      status: 'sending',
      nextAttemptAt: minute(3),
    });
    const done = await deliveries.recordAttempt('d1', attempt(200, minute(3)), {
      status: 'delivered',
      nextAttemptAt: null,
    });
    expect(done).toMatchObject({
      status: 'delivered',
      deliveredAt: minute(3),
      nextAttemptAt: null,
      body: '{}',
    });
    expect((await deliveries.get('d1'))?.attempts.map((a) => a.status)).toEqual([500, 200]);
    await expect(
      deliveries.recordAttempt('missing', attempt(200, at), { status: 'delivered', nextAttemptAt: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('inserts deliveries as given and pages them newest first with a cursor', async () => {
    const { deliveries } = backend().stores;
    const base = (await deliveries.addEntry(entryInput('a', 'd0'))).delivery;
    if (!base) throw new Error('no delivery opened');
    for (let i = 1; i <= 4; i++) {
      await deliveries.insert({
        ...base,
        id: `d${i}`,
        status: 'sending',
        redeliveryOf: 'd0',
        subscriptionId: i % 2 ? 's' : 't',
      });
    }
    // Replacing keeps the delivery's place in the log.
    await deliveries.insert({ ...base, id: 'd2', status: 'failed', subscriptionId: 't' });
    const first = await deliveries.list({ limit: 2 });
    const second = await deliveries.list({ limit: 2, cursor: first.nextCursor });
    const third = await deliveries.list({ limit: 2, cursor: second.nextCursor });
    expect([...first.deliveries, ...second.deliveries, ...third.deliveries].map((d) => d.id)).toEqual([
      'd4',
      'd3',
      'd2',
      'd1',
      'd0',
    ]);
    expect(third.nextCursor).toBeNull();
    expect((await deliveries.list({ subscriptionId: 't', limit: 5 })).deliveries.map((d) => d.id)).toEqual([
      'd4',
      'd2',
    ]);
    expect((await deliveries.list({ status: 'failed', limit: 5 })).deliveries.map((d) => d.id)).toEqual([
      'd2',
    ]);
    await expect(deliveries.list({ limit: 2, cursor: 'bogus' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('loses no entry and adds none twice when two processes add at once', async () => {
    const { stores } = backend();
    const other = await backend().second();
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    // Every key is added by both processes at once.
    const results = await Promise.all(
      keys.flatMap((key, i) => [
        stores.deliveries.addEntry(entryInput(key, `p1-${i}`, { maxEntries: 3 })),
        other.deliveries.addEntry(entryInput(key, `p2-${i}`, { maxEntries: 3 })),
      ]),
    );
    const listed = (await stores.deliveries.list({ subscriptionId: 's', limit: 20 })).deliveries;
    const entries = listed.flatMap((d) => d.entries.map((e) => e.alertId));
    expect(entries.sort()).toEqual(keys);
    expect(listed.every((d) => d.entries.length <= 3)).toBe(true);
    expect(listed).toHaveLength(3);
    expect(results.filter((r) => r.created)).toHaveLength(3);
  });
});

describe.each(NOTIFIER_ADAPTERS)('DigestRepository ($name)', (adapter) => {
  const backend = useNotifierBackend(adapter);

  it('saves, lists in creation order (all or per user) and deletes subscriptions', async () => {
    const { digests } = backend().stores;
    await digests.save(digest('g3', 'u2', '2026-03-03T00:00:00.000Z'));
    await digests.save(digest('g1', 'u1', '2026-03-01T00:00:00.000Z'));
    await digests.save(digest('g2', 'u1', '2026-03-02T00:00:00.000Z'));
    await digests.save({ ...digest('g1', 'u2', '2026-03-01T00:00:00.000Z'), sendAt: '18:30' });
    expect(await digests.get('g1')).toMatchObject({ userId: 'u2', sendAt: '18:30' });
    expect((await digests.list()).map((d) => d.id)).toEqual(['g1', 'g2', 'g3']);
    expect((await digests.list({ userId: 'u2' })).map((d) => d.id)).toEqual(['g1', 'g3']);
    expect(await digests.delete('g1')).toBe(true);
    expect(await digests.delete('g1')).toBe(false);
    expect(await digests.get('g1')).toBeNull();
  });

  it('never replaces a sent digest record, and lists sends newest first', async () => {
    const { digests } = backend().stores;
    const send = (day: string, status: DigestSend['status'], error: string | null): DigestSend => ({
      subscriptionId: 'dg',
      day,
      status,
      at,
      messageId: status === 'sent' ? `<${day}@presswatch>` : null,
      itemCount: 3,
      error,
    });
    await digests.recordSend(send('2026-03-09', 'failed', 'connection refused'));
    expect(await digests.getSend('dg', '2026-03-09')).toMatchObject({ status: 'failed' });
    await digests.recordSend(send('2026-03-09', 'sent', null));
    await digests.recordSend(send('2026-03-09', 'failed', 'late duplicate'));
    expect(await digests.getSend('dg', '2026-03-09')).toMatchObject({ status: 'sent', error: null });
    await digests.recordSend(send('2026-03-10', 'sent', null));
    await digests.recordSend(send('2026-03-08', 'failed', 'x'));
    await digests.recordSend({ ...send('2026-03-11', 'sent', null), subscriptionId: 'other' });
    expect((await digests.listSends('dg', 2)).map((s) => s.day)).toEqual(['2026-03-10', '2026-03-09']);
    expect(await digests.getSend('dg', '2026-03-01')).toBeNull();
  });

  it('keeps "sent" when two processes record a send for the same day at once', async () => {
    const { stores } = backend();
    const other = await backend().second();
    const send = (status: DigestSend['status']): DigestSend => ({
      subscriptionId: 'dg',
      day: '2026-03-09',
      status,
      at,
      messageId: status === 'sent' ? '<m@presswatch>' : null,
      itemCount: 1,
      error: status === 'sent' ? null : 'timeout',
    });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? other : stores).digests.recordSend(send(i === 3 ? 'sent' : 'failed')),
      ),
    );
    expect(await other.digests.getSend('dg', '2026-03-09')).toMatchObject({ status: 'sent', error: null });
  });
});

describe.each(NOTIFIER_ADAPTERS)('ActivityCounter ($name)', (adapter) => {
  const backend = useNotifierBackend(adapter);
  const hour = 3_600_000;

  it('counts each item once per key, in buckets', async () => {
    const { activity } = backend().stores;
    const from = new Date('2026-03-10T00:00:00Z');
    await activity.record('i1', ['k1', 'k2', 'k1'], '2026-03-10T00:10:00Z');
    await activity.record('i1', ['k1'], '2026-03-10T00:10:00Z');
    await activity.record('i2', ['k1'], '2026-03-10T02:59:59Z');
    await activity.record('i3', ['k1'], '2026-03-10T03:00:00Z');
    await activity.record('i4', ['k2'], '2026-03-09T23:59:59Z');
    const counts = await activity.counts(
      ['k1', 'k2', 'k3', 'k1'],
      from,
      new Date(from.getTime() + 3 * hour),
      hour,
    );
    expect(Object.fromEntries(counts)).toEqual({ k1: [1, 0, 1], k2: [1, 0, 0], k3: [0, 0, 0] });
    // A window that does not start on a bucket boundary of the epoch.
    const offset = new Date('2026-03-10T00:05:00Z');
    const shifted = await activity.counts(['k1'], offset, new Date(offset.getTime() + 3 * hour), hour);
    expect(shifted.get('k1')).toEqual([1, 0, 2]);
    await expect(activity.record('i5', ['k1'], 'not a time')).rejects.toBeInstanceOf(RangeError);
  });

  it('lists activity keys in a range and prunes old counts', async () => {
    const { activity } = backend().stores;
    await activity.record('i1', ['topic:border|domestic', 'rule:r'], '2026-03-01T00:00:00Z');
    await activity.record('i2', ['topic:sea_islands|foreign', 'rule:r'], '2026-03-10T00:00:00Z');
    expect(await activity.keys(new Date('2026-03-05T00:00:00Z'), new Date('2026-03-11T00:00:00Z'))).toEqual([
      'rule:r',
      'topic:sea_islands|foreign',
    ]);
    expect(await activity.prune(new Date('2026-03-05T00:00:00Z'))).toBe(2);
    expect(await activity.keys(new Date('2026-01-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'))).toEqual([
      'rule:r',
      'topic:sea_islands|foreign',
    ]);
  });

  it('counts an item once when two processes record it at once', async () => {
    const { stores } = backend();
    const other = await backend().second();
    const when = '2026-03-10T00:30:00Z';
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? other : stores).activity.record(`i${i % 3}`, ['k'], when)),
    );
    const from = new Date('2026-03-10T00:00:00Z');
    const counts = await other.activity.counts(['k'], from, new Date(from.getTime() + hour), hour);
    expect(counts.get('k')).toEqual([3]);
  });
});
