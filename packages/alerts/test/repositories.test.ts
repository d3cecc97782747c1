// The SQLite adapter of the alerting ports: what the other tests do not reach — paging,
// full deliveries, the send slot, final digest sends, activity keys and pruning.
import type { DigestSend } from '@presswatch/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSubscription, type TempStores, tempStores } from './support.ts';

let stores: TempStores;
beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

const at = '2026-03-10T03:00:00.000Z';

describe('alerting repositories (SQLite)', () => {
  it('pages alerts newest first with an opaque cursor', async () => {
    const { alerts } = stores.storage;
    for (let i = 0; i < 5; i++) {
      await alerts.recordMatch({
        ruleId: 'r',
        onePerCluster: true,
        item: { id: `i${i}`, clusterId: null, topics: [] },
        at,
      });
    }
    const first = await alerts.list({ limit: 2 });
    const second = await alerts.list({ limit: 2, cursor: first.nextCursor });
    const third = await alerts.list({ limit: 2, cursor: second.nextCursor });
    expect([...first.alerts, ...second.alerts, ...third.alerts].map((a) => a.itemIds[0])).toEqual([
      'i4',
      'i3',
      'i2',
      'i1',
      'i0',
    ]);
    expect(third.nextCursor).toBeNull();
    await expect(alerts.list({ limit: 2, cursor: 'bogus' })).rejects.toThrow(/cursor/);
  });

  it('opens a new delivery when the open one is full, and ignores a repeated entry key', async () => {
    const { deliveries } = stores.storage;
    const add = (key: string, id: string) =>
      deliveries.addEntry({
        subscriptionId: 's',
        heldUntil: null,
        entry: { alertId: key, event: 'opened', itemIds: [], at },
        entryKey: key,
        newDeliveryId: id,
        maxEntries: 2,
        now: at,
      });
    expect((await add('a', 'd1')).created).toBe(true);
    expect((await add('b', 'unused')).created).toBe(false);
    expect(await add('a', 'unused')).toEqual({ delivery: null, created: false });
    const third = await add('c', 'd2');
    expect(third).toMatchObject({ created: true, delivery: { id: 'd2' } });
    expect(await deliveries.seal('d1', { body: '{}', contentType: 'application/json' }, at)).toMatchObject({
      status: 'sending',
    });
    expect(await deliveries.seal('d1', { body: '{}', contentType: 'application/json' }, at)).toBeNull();
    expect(
      (await deliveries.list({ subscriptionId: 's', status: 'open', limit: 5 })).deliveries.map((d) => d.id),
    ).toEqual(['d2']);
  });

  it('hands out one send slot per interval', async () => {
    const { webhooks } = stores.storage;
    await webhooks.save(makeSubscription({ id: 'w' }));
    const now = new Date(at);
    expect(await webhooks.takeSendSlot('w', now, 10_000)).toBe(0);
    expect(await webhooks.takeSendSlot('w', new Date(now.getTime() + 4_000), 10_000)).toBe(6_000);
    expect(await webhooks.takeSendSlot('w', new Date(now.getTime() + 10_000), 10_000)).toBe(0);
  });

  it('never replaces a sent digest record', async () => {
    const { digests } = stores.storage;
    const send = (status: DigestSend['status'], error: string | null): DigestSend => ({
      subscriptionId: 'dg',
      day: '2026-03-09',
      status,
      at,
      messageId: null,
      itemCount: 3,
      error,
    });
    await digests.recordSend(send('failed', 'connection refused'));
    await digests.recordSend(send('sent', null));
    await digests.recordSend(send('failed', 'late duplicate'));
    expect(await digests.getSend('dg', '2026-03-09')).toMatchObject({ status: 'sent', error: null });
  });

  it('lists activity keys in a range and prunes old counts', async () => {
    const { activity } = stores.storage;
    await activity.record('i1', ['topic:border|domestic', 'rule:r'], '2026-03-01T00:00:00Z');
    await activity.record('i2', ['topic:sea_islands|foreign'], '2026-03-10T00:00:00Z');
    expect(await activity.keys(new Date('2026-03-05T00:00:00Z'), new Date('2026-03-11T00:00:00Z'))).toEqual([
      'topic:sea_islands|foreign',
    ]);
    expect(await activity.prune(new Date('2026-03-05T00:00:00Z'))).toBe(2);
    expect(
      await activity.keys(new Date('2026-01-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z')),
    ).toHaveLength(1);
  });
});
