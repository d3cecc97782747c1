// Item writes of one event-loop turn share one task of the group commit (items/merged-writes.ts).
import type { Item } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureItem } from '../../../tests/support/item-fixture.ts';
import { tempStorage } from './helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// Fictional text written for this test.
function item(n: number, fields: Partial<Item> = {}): Item {
  return fixtureItem(`merged-${n}`, '2025-07-01T08:00:00.000Z', {
    fetchedAt: '2025-07-01T09:00:00.000Z',
    title: `Ngư dân số ${n} về bến an toàn`,
    text: `Đoàn tàu cá thứ ${n} neo đậu tại cảng sau chuyến đi biển dài ngày. Từ khóa riêng tu${n}x.`,
    ...fields,
  });
}

/** FTS5 segments of the items index (each has rows in items_fts_idx). */
function segments(path: string): number {
  const db = new Database(path, { readonly: true });
  const count = db.prepare('SELECT count(DISTINCT segid) FROM items_fts_idx').pluck().get() as number;
  db.close();
  return count;
}

describe('merged item writes', () => {
  it('writes the items of concurrent calls in one turn into one FTS5 segment, each searchable', async () => {
    const temp = tempStorage();
    cleanup = temp.cleanup;
    const items = Array.from({ length: 8 }, (_, n) => item(n));
    await Promise.all(items.map((one) => temp.storage.items.upsertMany([one])));
    expect(segments(temp.path)).toBe(1);
    for (const n of [0, 7]) {
      const found = await temp.storage.search.search({ query: parseQuery(`tu${n}x`)!, limit: 5 });
      expect(found.hits.map((hit) => hit.item.id)).toEqual([`merged-${n}`]);
    }
    // One turn per call: a segment each (FTS5 merges them only once there are enough).
    await temp.storage.items.upsertMany([item(8)]);
    await temp.storage.items.upsertMany([item(9)]);
    expect(segments(temp.path)).toBe(3);
  });

  it('rejects only the call whose item cannot be written; the others of the turn are stored', async () => {
    const temp = tempStorage();
    cleanup = temp.cleanup;
    const results = await Promise.allSettled([
      temp.storage.items.upsertMany([item(1)]),
      temp.storage.items.upsertMany([item(2, { fetchedAt: 'not a time' })]),
      temp.storage.items.upsertMany([item(3)]),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([...(await temp.storage.items.existing(['merged-1', 'merged-2', 'merged-3']))].sort()).toEqual([
      'merged-1',
      'merged-3',
    ]);
    expect(await temp.storage.items.count()).toBe(2);
  });
});
