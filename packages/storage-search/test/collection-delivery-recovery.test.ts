// Recovery on the delivery collections: an entry-key claim left by a notifier that died is taken
// over once stale, and the entry is not added again when that notifier had already placed it.
// (The shared behaviour of deliveries is in tests/contracts/notifier.contract.test.ts.)
import { randomUUID } from 'node:crypto';
import type { AddEntryInput } from '@presswatch/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitForSearchNode } from '../../../tests/support/search-node.ts';
import { openCollection } from '../src/collection/index.ts';
import { createEngineClient, type EngineClient } from '../src/index.ts';
import { createDeliveryRepository, entryKeyId } from '../src/repositories/delivery-repository.ts';
import { noNodeReason, searchUrl } from './engine.ts';

const at = '2026-03-10T03:00:00.000Z';
const input = (key: string, newId: string): AddEntryInput => ({
  subscriptionId: 's',
  heldUntil: null,
  entry: { alertId: key, event: 'opened', itemIds: [], at },
  entryKey: key,
  newDeliveryId: newId,
  maxEntries: 5,
  now: at,
});

let up: Promise<void> | null = null;

describe.skipIf(!searchUrl)(
  `delivery recovery on the search engine${searchUrl ? '' : ` (${noNodeReason})`}`,
  () => {
    let client: EngineClient;
    let prefix: string;

    beforeEach(async () => {
      up ??= waitForSearchNode(searchUrl);
      await up;
      client = createEngineClient(searchUrl, 'opensearch');
      prefix = `pwt-${randomUUID().slice(0, 12)}`;
    });

    afterEach(async () => {
      await client.deleteIndices(`${prefix}-*`);
      await client.close();
    });

    /** Leaves the key as a notifier that claimed it a minute ago and died would. */
    const abandonClaim = async (key: string) => {
      const keys = openCollection<Record<string, unknown>>(client, {
        name: 'delivery-entries',
        prefix,
        replicas: 0,
        properties: {},
      });
      const stale = { delivery_id: null, claimant: 'dead', claimed_ms: Date.now() - 60_000 };
      await keys.put(entryKeyId('s', key), stale);
    };

    it('takes over a stale claim without adding an entry its claimant had placed', async () => {
      const deliveries = createDeliveryRepository(client, { prefix, replicas: 0 });
      await deliveries.addEntry(input('a', 'd1'));
      await deliveries.addEntry(input('b', 'unused'));
      // d1 is sent meanwhile and d2 opened: d1 is no longer the one entries go into.
      await deliveries.seal('d1', { body: '{}', contentType: 'application/json' }, at);
      await deliveries.addEntry(input('x', 'd2'));
      // 'b' was placed, but its claimant died before marking the key done.
      await abandonClaim('b');
      const replay = await deliveries.addEntry(input('b', 'unused'));
      expect(replay).toMatchObject({ created: false, delivery: { id: 'd1' } });
      expect((await deliveries.get('d1'))?.entries.map((e) => e.alertId)).toEqual(['a', 'b']);
      expect((await deliveries.get('d2'))?.entries.map((e) => e.alertId)).toEqual(['x']);
      expect(await deliveries.addEntry(input('b', 'unused'))).toEqual({ delivery: null, created: false });
    });

    it('places an entry whose claimant died before placing it', async () => {
      const deliveries = createDeliveryRepository(client, { prefix, replicas: 0 });
      await deliveries.addEntry(input('a', 'd1'));
      await abandonClaim('c');
      const placed = await deliveries.addEntry(input('c', 'unused'));
      expect(placed.delivery?.entries.map((e) => e.alertId)).toEqual(['a', 'c']);
      expect(await deliveries.addEntry(input('c', 'unused'))).toEqual({ delivery: null, created: false });
    });
  },
);
