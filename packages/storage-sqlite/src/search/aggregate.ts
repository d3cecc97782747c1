// Aggregations over the match set (indexed items ∧ query ∧ filters), Elasticsearch-style.
// Every level is one GROUP BY over the keys of its path (parent buckets + its own key), so a
// multi-valued field (topic) counts correctly at each level; rows are then mapped to bucket keys
// (UTC hour slots → local hours/days), merged, sorted, trimmed and nested.
import type {
  Aggregation,
  AggregationBucket,
  AggregationRequest,
  AggregationResult,
} from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { toMillis } from '../items/item-rows.ts';
import { HOUR_SLOT_KEY, histogramKey, type KeySpec, termsKey } from './aggregation-keys.ts';
import { groupCounts, MATCH_SET_FROM, rangeCounts, sampleItem } from './aggregation-sql.ts';
import { compileQuery } from './compile-query.ts';
import { createDateBucketer } from './date-buckets.ts';
import { compileFilters } from './filters.ts';
import { joinSql, type Sql, sql } from './sql.ts';

interface Context {
  db: Database;
  where: Sql;
  /** from/to filters in ms, when both are set: date histograms get a bucket for every interval. */
  bounds: { from: number; to: number } | null;
}

interface Step {
  spec: KeySpec;
  toKey: (raw: unknown) => string;
}

/** Buckets per parent: the key is the JSON array of the parent buckets' keys ("[]" at the top). */
type BucketsByParent = Map<string, AggregationBucket[]>;
const ROOT = '[]';
const MAX_HISTOGRAM_BUCKETS = 10_000;

export function runAggregate(db: Database, request: AggregationRequest): AggregationResult {
  const compiled = request.query ? compileQuery(request.query) : null;
  const where = joinSql(
    [sql('i.indexed = 1'), ...(compiled ? [compiled.where] : []), ...compileFilters(request.filters)],
    'AND',
  );
  const from = toMillis(request.filters?.from);
  const to = toMillis(request.filters?.to);
  const context: Context = { db, where, bounds: from !== null && to !== null ? { from, to } : null };
  const aggregations: Record<string, AggregationBucket[]> = {};
  for (const [name, aggregation] of Object.entries(request.aggregations)) {
    aggregations[name] = runLevel(context, [], aggregation).get(ROOT) ?? [];
  }
  const total = db
    .prepare(`SELECT count(*) FROM ${MATCH_SET_FROM} WHERE ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
  return { total, aggregations };
}

function runLevel(context: Context, path: Step[], aggregation: Aggregation): BucketsByParent {
  switch (aggregation.type) {
    case 'terms':
    case 'dateHistogram':
      return bucketLevel(context, path, aggregation);
    case 'range':
      return rangeLevel(context, path, aggregation);
    case 'histogram':
      return histogramLevel(context, path, aggregation);
  }
}

type BucketAggregation = Extract<Aggregation, { type: 'terms' | 'dateHistogram' }>;

function bucketLevel(context: Context, path: Step[], aggregation: BucketAggregation): BucketsByParent {
  const step = stepFor(aggregation, path.length);
  const steps = [...path, step];
  const size = aggregation.type === 'terms' ? checkedSize(aggregation.size) : null;
  const topTerms = path.length === 0 && size !== null ? size : null;
  const counts = mergeRows(
    steps,
    groupCounts(
      context.db,
      context.where,
      steps.map((s) => s.spec),
      topTerms,
    ),
  );
  if (path.length === 0 && !counts.has(ROOT)) counts.set(ROOT, new Map());

  const result: BucketsByParent = new Map();
  for (const [parent, byKey] of counts) {
    const buckets =
      aggregation.type === 'terms'
        ? termsBuckets(byKey, size!)
        : dateBuckets(byKey, aggregation, context.bounds);
    result.set(parent, buckets);
  }
  for (const [name, sub] of Object.entries(aggregation.aggregations ?? {})) {
    const children = runLevel(context, steps, sub);
    for (const [parent, buckets] of result) {
      for (const bucket of buckets) {
        bucket.aggregations ??= {};
        bucket.aggregations[name] = children.get(childKey(parent, bucket.key)) ?? [];
      }
    }
  }
  if (aggregation.type === 'terms' && aggregation.sample && path.length === 0) {
    for (const bucket of result.get(ROOT) ?? []) {
      const sample = sampleItem(context.db, context.where, step.spec, bucket.key);
      if (sample) bucket.sample = sample;
    }
  }
  return result;
}

function stepFor(aggregation: BucketAggregation, depth: number): Step {
  if (aggregation.type === 'terms') return { spec: termsKey(aggregation.field, depth), toKey: String };
  const bucketer = createDateBucketer(aggregation.interval, aggregation.timeZone);
  const keys = new Map<number, string>(); // nested levels map the same slots once per child row
  return {
    spec: HOUR_SLOT_KEY,
    toKey: (raw) => {
      const slot = Number(raw);
      let key = keys.get(slot);
      if (key === undefined) {
        key = new Date(bucketer.startOfSlot(slot)).toISOString();
        keys.set(slot, key);
      }
      return key;
    },
  };
}

/** Maps raw row keys to bucket keys and sums rows that land in the same bucket. */
function mergeRows(steps: Step[], rows: unknown[][]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const last = steps.length - 1;
  for (const row of rows) {
    const parent = JSON.stringify(steps.slice(0, last).map((step, i) => step.toKey(row[i])));
    const key = steps[last]!.toKey(row[last]);
    const byKey = counts.get(parent) ?? new Map<string, number>();
    counts.set(parent, byKey);
    byKey.set(key, (byKey.get(key) ?? 0) + Number(row[last + 1]));
  }
  return counts;
}

function termsBuckets(byKey: Map<string, number>, size: number): AggregationBucket[] {
  return [...byKey]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, size);
}

function dateBuckets(
  byKey: Map<string, number>,
  aggregation: Extract<Aggregation, { type: 'dateHistogram' }>,
  bounds: Context['bounds'],
): AggregationBucket[] {
  const keys = new Set(byKey.keys());
  if (bounds) {
    const bucketer = createDateBucketer(aggregation.interval, aggregation.timeZone);
    for (const start of bucketer.range(bounds.from, bounds.to)) keys.add(new Date(start).toISOString());
  }
  return [...keys].sort().map((key) => ({ key, count: byKey.get(key) ?? 0 }));
}

function rangeLevel(
  context: Context,
  path: Step[],
  aggregation: Extract<Aggregation, { type: 'range' }>,
): BucketsByParent {
  if (aggregation.ranges.length === 0 || aggregation.ranges.length > 100) {
    throw new RangeError('a range aggregation needs 1 to 100 ranges');
  }
  const rows = rangeCounts(
    context.db,
    context.where,
    path.map((s) => s.spec),
    aggregation,
  );
  const sums = new Map<string, number[]>();
  for (const row of rows) {
    const parent = JSON.stringify(path.map((step, i) => step.toKey(row[i])));
    const values = row.slice(path.length).map((v) => Number(v ?? 0));
    const previous = sums.get(parent);
    sums.set(parent, previous ? previous.map((v, i) => v + values[i]!) : values);
  }
  if (path.length === 0 && !sums.has(ROOT))
    sums.set(
      ROOT,
      aggregation.ranges.map(() => 0),
    );
  const result: BucketsByParent = new Map();
  for (const [parent, values] of sums) {
    result.set(
      parent,
      aggregation.ranges.map((range, i) => ({ key: range.key, count: values[i] ?? 0 })),
    );
  }
  return result;
}

function histogramLevel(
  context: Context,
  path: Step[],
  aggregation: Extract<Aggregation, { type: 'histogram' }>,
): BucketsByParent {
  const { interval } = aggregation;
  if (!(Number.isFinite(interval) && interval > 0)) throw new RangeError('histogram interval must be > 0');
  const step: Step = { spec: histogramKey(aggregation.field, interval, path.length), toKey: String };
  const steps = [...path, step];
  const counts = mergeRows(
    steps,
    groupCounts(
      context.db,
      context.where,
      steps.map((s) => s.spec),
      null,
    ),
  );
  const result: BucketsByParent = new Map();
  for (const [parent, byIndex] of counts) {
    const indexes = [...byIndex.keys()].map(Number);
    const low = Math.min(...indexes);
    const high = Math.max(...indexes);
    if (high - low >= MAX_HISTOGRAM_BUCKETS) throw new RangeError('histogram interval is too small');
    const buckets: AggregationBucket[] = [];
    // Like Elasticsearch, empty buckets between the lowest and highest are kept (charts need them).
    for (let index = low; index <= high; index++) {
      buckets.push({
        key: String(+(index * interval).toPrecision(12)),
        count: byIndex.get(String(index)) ?? 0,
      });
    }
    result.set(parent, buckets);
  }
  if (path.length === 0 && !result.has(ROOT)) result.set(ROOT, []);
  return result;
}

function childKey(parent: string, key: string): string {
  return JSON.stringify([...(JSON.parse(parent) as string[]), key]);
}

function checkedSize(size: number | undefined): number {
  const value = size ?? 10;
  if (!Number.isInteger(value) || value < 1 || value > 1000)
    throw new RangeError('terms size must be 1..1000');
  return value;
}
