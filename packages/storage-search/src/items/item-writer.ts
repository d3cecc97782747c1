// Writes to the time-based item indices. A new item goes to the year index of its sort time;
// an item stored already is rewritten where it lives (so a corrected publish date never leaves
// a copy behind in another year): its index is looked up through the read alias, and the
// indices this process wrote recently are remembered, which covers writes not yet refreshed.
//
// ItemStore.upsertMany and SearchIndex.indexMany both land here and callers often send the same
// batch to both: an item this process has just written, unchanged and still searchable, is not
// sent again (a hash of its JSON is remembered, not the item).
import { createHash } from 'node:crypto';
import type { Item } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { type BulkOptions, writeBulk } from './bulk-writer.ts';
import type { IndexLayout } from './index-layout.ts';
import { itemDocument } from './item-document.ts';

export interface ItemWriter {
  write(items: Item[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  /** Takes items out of search, keeping them in the store. */
  unindex(ids: string[]): Promise<void>;
  /** Where each stored id lives (ids not stored are absent). */
  locate(ids: string[]): Promise<Map<string, string>>;
}

const RECENT_LIMIT = 100_000;
const LOOKUP_CHUNK = 5_000;

export function createItemWriter(client: EngineClient, layout: IndexLayout, bulk: BulkOptions): ItemWriter {
  let recent = new Map<string, string>();
  let written = new Map<string, string>();
  const created = new Set<string>();
  const remember = (id: string, index: string, hash: string) => {
    if (recent.size >= RECENT_LIMIT) recent = new Map();
    if (written.size >= RECENT_LIMIT) written = new Map();
    recent.set(id, index);
    written.set(id, hash);
  };

  const locate = async (ids: string[]): Promise<Map<string, string>> => {
    const found = new Map<string, string>();
    const unique = [...new Set(ids)];
    for (let start = 0; start < unique.length; start += LOOKUP_CHUNK) {
      const chunk = unique.slice(start, start + LOOKUP_CHUNK);
      const response = await client.search(layout.alias, {
        query: { ids: { values: chunk } },
        size: chunk.length,
        _source: false,
      });
      for (const hit of response.hits.hits) found.set(hit._id, hit._index);
    }
    for (const id of unique) {
      const index = recent.get(id);
      if (index) found.set(id, index);
    }
    return found;
  };

  const ensureIndex = async (index: string) => {
    if (created.has(index)) return;
    await client.createIndex(index);
    created.add(index);
  };

  return {
    locate,
    async write(items) {
      const latest = new Map<string, { item: Item; hash: string }>();
      for (const item of items) latest.set(item.id, { item, hash: hashOf(item) });
      for (const [id, { hash }] of latest) if (written.get(id) === hash) latest.delete(id);
      if (latest.size === 0) return;
      const where = await locate([...latest.keys()]);
      const operations = [...latest.values()].map(({ item, hash }) => {
        const { sample, ...doc } = itemDocument(item);
        const index = where.get(item.id) ?? layout.indexFor(doc.sort_time);
        // A month index of an older deployment has no `sample` field (and a strict mapping).
        const slot = layout.hasSampleSlots(index) ? { sample } : {};
        return { action: 'index' as const, id: item.id, index, doc: { ...doc, ...slot }, hash };
      });
      for (const index of new Set(operations.map((op) => op.index))) await ensureIndex(index);
      await writeBulk(client, operations, bulk);
      for (const op of operations) remember(op.id, op.index, op.hash);
    },
    async delete(ids) {
      const where = await locate(ids);
      const operations = [...where].map(([id, index]) => ({ action: 'delete' as const, id, index }));
      if (operations.length > 0) await writeBulk(client, operations, bulk);
      for (const id of ids) {
        recent.delete(id);
        written.delete(id);
      }
    },
    async unindex(ids) {
      const where = await locate(ids);
      const operations = [...where].map(([id, index]) => ({
        action: 'update' as const,
        id,
        index,
        doc: { indexed: false },
      }));
      if (operations.length > 0) await writeBulk(client, operations, bulk);
      for (const id of ids) written.delete(id);
    },
  };
}

function hashOf(item: Item): string {
  return createHash('sha1').update(JSON.stringify(item)).digest('base64url');
}
