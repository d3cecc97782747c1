// The SQLite adapter of the alerting ports: what the other tests do not reach — alert paging.
// (Deliveries, the send slot, digest sends and activity counts, for every store adapter:
// tests/contracts/notifier.contract.test.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempStores, tempStores } from './support.ts';

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
});
