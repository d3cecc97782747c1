// ItemStore over the item indices. Reads go through the read alias and see what the last
// refresh made visible (near-real-time, about a second by default; `refresh: 'wait_for'` makes
// every write wait for it instead). count() counts every stored item, searchable or not.
import type { Item, ItemStore } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import type { IndexLayout } from './index-layout.ts';
import type { ItemWriter } from './item-writer.ts';

export function createItemStore(client: EngineClient, layout: IndexLayout, writer: ItemWriter): ItemStore {
  return {
    async upsertMany(items) {
      if (items.length > 0) await writer.write(items);
    },
    async get(id) {
      const response = await client.search(layout.alias, {
        query: { ids: { values: [id] } },
        size: 1,
        _source: ['item'],
      });
      const hit = response.hits.hits[0];
      return hit ? (hit._source?.item as Item) : null;
    },
    async existing(ids) {
      if (ids.length === 0) return new Set();
      return new Set((await writer.locate(ids)).keys());
    },
    async delete(ids) {
      if (ids.length > 0) await writer.delete(ids);
    },
    async count() {
      const response = await client.search(layout.alias, { size: 0, track_total_hits: true });
      const total = response.hits.total;
      return typeof total === 'number' ? total : (total?.value ?? 0);
    },
  };
}
