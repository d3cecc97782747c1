// ActivityCounter over the engine: one document per (key, item) whose id is that pair, created
// only if absent, so counting an item again is a no-op from any number of processors. Writes do
// not wait for a refresh (they come with every processed item); the readers (the hourly spike
// job, pruning) refresh the index first, so they still see every count recorded before them.
import type { ActivityCounter } from '@presswatch/domain';
import { type EngineClient, EngineError } from '../client/engine-client.ts';
import {
  type Collection,
  type CollectionPlacement,
  type Filter,
  KEY_FIELD,
  openCollection,
} from '../collection/index.ts';

interface CountDoc {
  key: string;
  item_id: string;
  /** Epoch ms. */
  at: number;
}

const KEYS_PAGE = 1000;

export function createActivityCounter(client: EngineClient, options: CollectionPlacement): ActivityCounter {
  const counts = openCollection<CountDoc>(client, {
    name: 'activity',
    ...options,
    properties: { key: { type: 'keyword' }, item_id: { type: 'keyword' }, at: { type: 'long' } },
  });
  const settled = () => counts.refresh();

  return {
    async record(itemId, keys, at) {
      const ms = Date.parse(at);
      if (Number.isNaN(ms)) throw new RangeError(`activity time is not a timestamp: ${at}`);
      if (keys.length === 0) return;
      await counts.ensure();
      const operations = [...new Set(keys)].flatMap((key) => [
        { create: { _index: counts.index, _id: `${key}|${itemId}` } },
        { key, item_id: itemId, at: ms, [KEY_FIELD]: `${key}|${itemId}` },
      ]);
      const response = await client.bulk(operations, false);
      // 409: counted before. Anything else is a real failure.
      const failed = response.items
        .map((item) => Object.values(item)[0])
        .find((r) => r?.error && r.status !== 409);
      if (failed?.error)
        throw new EngineError(
          failed.status,
          failed.error.type,
          `${failed.error.type}: ${failed.error.reason}`,
        );
    },
    async counts(keys, from, to, bucketMs) {
      const buckets = Math.max(0, Math.ceil((to.getTime() - from.getTime()) / bucketMs));
      const unique = [...new Set(keys)];
      const result = new Map(unique.map((key) => [key, new Array<number>(buckets).fill(0)]));
      if (unique.length === 0 || buckets === 0) return result;
      await settled();
      const response = await counts.search(bucketQuery(unique, from.getTime(), to.getTime(), bucketMs));
      const byKey = (response.aggregations?.by_key as KeyBuckets | undefined)?.buckets ?? [];
      for (const keyBucket of byKey) {
        const row = result.get(keyBucket.key);
        for (const bucket of keyBucket.by_time.buckets) {
          const index = Math.round((bucket.key - from.getTime()) / bucketMs);
          if (row && index >= 0 && index < buckets) row[index] = bucket.doc_count;
        }
      }
      return result;
    },
    async keys(from, to) {
      await settled();
      return distinctKeys(counts, { where: [{ range: { at: { gte: from.getTime(), lt: to.getTime() } } }] });
    },
    async prune(before) {
      await settled();
      return counts.deleteWhere({ where: [{ range: { at: { lt: before.getTime() } } }] });
    },
  };
}

interface KeyBuckets {
  buckets: { key: string; by_time: { buckets: { key: number; doc_count: number }[] } }[];
}

/** Per key, a histogram of `at` whose buckets start at `from` (offset) and are `bucketMs` wide. */
function bucketQuery(keys: string[], from: number, to: number, bucketMs: number): Record<string, unknown> {
  return {
    size: 0,
    query: { bool: { filter: [{ terms: { key: keys } }, { range: { at: { gte: from, lt: to } } }] } },
    aggs: {
      by_key: {
        terms: { field: 'key', size: keys.length },
        aggs: { by_time: { histogram: { field: 'at', interval: bucketMs, offset: from % bucketMs } } },
      },
    },
  };
}

/** Every distinct key among the matches, in key order (a composite aggregation, paged). */
async function distinctKeys(counts: Collection<CountDoc>, filter: Filter): Promise<string[]> {
  const keys: string[] = [];
  for (let after: Record<string, unknown> | undefined; ; ) {
    const response = await counts.search({
      size: 0,
      query: { bool: { filter: filter.where ?? [] } },
      aggs: {
        keys: {
          composite: {
            size: KEYS_PAGE,
            sources: [{ key: { terms: { field: 'key', order: 'asc' } } }],
            ...(after && { after }),
          },
        },
      },
    });
    const page = response.aggregations?.keys as
      | { buckets: { key: { key: string } }[]; after_key?: Record<string, unknown> }
      | undefined;
    for (const bucket of page?.buckets ?? []) keys.push(bucket.key.key);
    if (!page?.after_key || (page.buckets.length ?? 0) < KEYS_PAGE) return keys;
    after = page.after_key;
  }
}
