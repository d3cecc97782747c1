// ItemStore over the items table. Writes also index (see item-writer.ts): in this adapter the
// store and the search index are one table pair, so an upserted item is searchable at once.
import type { Item, ItemStore } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import type { ItemWriter } from './item-writer.ts';

export function createItemStore(db: Database, writer: ItemWriter): ItemStore {
  const getDoc = db.prepare('SELECT doc FROM items WHERE id = ?').pluck();
  const existingIds = db.prepare('SELECT id FROM items WHERE id IN (SELECT value FROM json_each(?))').pluck();
  const countAll = db.prepare('SELECT count(*) FROM items').pluck();

  return {
    async upsertMany(items) {
      if (items.length > 0) await writer.writeGrouped(items);
    },
    async get(id) {
      const doc = getDoc.get(id) as string | undefined;
      return doc === undefined ? null : (JSON.parse(doc) as Item);
    },
    async existing(ids) {
      if (ids.length === 0) return new Set();
      return new Set(existingIds.all(JSON.stringify(ids)) as string[]);
    },
    async delete(ids) {
      if (ids.length > 0) writer.delete(ids);
    },
    async count() {
      return countAll.get() as number;
    },
  };
}
