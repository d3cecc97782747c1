// ActivityCounter: one row per (key, item), so counting an item again is a no-op, and counts per
// time bucket come from one indexed range scan per key.
import type { ActivityCounter } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { createGroupCommit, type GroupCommit } from '../items/group-commit.ts';

export function createActivityCounter(
  db: Database,
  group: GroupCommit = createGroupCommit(db),
): ActivityCounter {
  const insert = db.prepare('INSERT OR IGNORE INTO activity_counts (key, item_id, at) VALUES (?, ?, ?)');
  const bucketCounts = db.prepare(`
    SELECT CAST((at - @from) / @bucket AS INTEGER) AS b, count(*) AS n FROM activity_counts
    WHERE key = @key AND at >= @from AND at < @to GROUP BY b`);
  const keysBetween = db
    .prepare('SELECT DISTINCT key FROM activity_counts WHERE at >= ? AND at < ? ORDER BY key')
    .pluck();
  const prune = db.prepare('DELETE FROM activity_counts WHERE at < ?');
  const recordAll = db.transaction((itemId: string, keys: string[], at: number) => {
    for (const key of keys) insert.run(key, itemId, at);
  });

  return {
    async record(itemId, keys, at) {
      const ms = Date.parse(at);
      if (Number.isNaN(ms)) throw new RangeError(`activity time is not a timestamp: ${at}`);
      if (keys.length > 0) await group.run(() => recordAll(itemId, [...new Set(keys)], ms));
    },
    async counts(keys, from, to, bucketMs) {
      const buckets = Math.max(0, Math.ceil((to.getTime() - from.getTime()) / bucketMs));
      const result = new Map<string, number[]>();
      for (const key of new Set(keys)) {
        const counts = new Array<number>(buckets).fill(0);
        const rows = bucketCounts.all({ key, from: from.getTime(), to: to.getTime(), bucket: bucketMs });
        for (const row of rows as { b: number; n: number }[]) counts[row.b] = row.n;
        result.set(key, counts);
      }
      return result;
    },
    async keys(from, to) {
      return keysBetween.all(from.getTime(), to.getTime()) as string[];
    },
    async prune(before) {
      return prune.run(before.getTime()).changes;
    },
  };
}
