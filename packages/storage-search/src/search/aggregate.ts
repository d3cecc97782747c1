// AggregationRequest → engine aggregations, one to one (the port is shaped after them): terms →
// terms (+ top_hits for a bucket's newest item), dateHistogram → date_histogram with a time zone
// and, with both filter bounds, extended_bounds, range → range, histogram → histogram. Bucket
// order and keys follow the SQLite adapter: terms largest first then by key; date keys ISO
// instants of bucket starts; histogram keys the lower bounds.
import type {
  Aggregation,
  AggregationBucket,
  AggregationRequest,
  AggregationResult,
  Item,
} from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { toMillis } from '../items/item-document.ts';
import { compileQuery } from '../query/compile-query.ts';
import type { Dsl } from '../query/text-query.ts';
import { matchSetQuery } from './filters.ts';

const TERMS_FIELDS = {
  topic: 'topics',
  source: 'source_id',
  language: 'language',
  country: 'country',
  domestic: 'domestic',
  cluster: 'cluster_id',
} as const;

/** Terms counts are exact when every shard returns every bucket it has. */
const SHARD_SIZE = 10_000;

interface Bounds {
  from: number;
  to: number;
}

export async function runAggregate(
  client: EngineClient,
  alias: string,
  request: AggregationRequest,
): Promise<AggregationResult> {
  const compiled = request.query ? compileQuery(request.query) : null;
  const from = toMillis(request.filters?.from);
  const to = toMillis(request.filters?.to);
  const bounds = from !== null && to !== null ? { from, to } : null;
  const aggs: Dsl = {};
  for (const [name, aggregation] of Object.entries(request.aggregations)) {
    aggs[name] = toEngine(aggregation, bounds, true);
  }
  const response = await client.search(alias, {
    query: matchSetQuery(compiled?.query ?? null, request.filters),
    size: 0,
    track_total_hits: true,
    aggs,
  });
  const total = response.hits.total;
  const aggregations: Record<string, AggregationBucket[]> = {};
  for (const [name, aggregation] of Object.entries(request.aggregations)) {
    aggregations[name] = readBuckets(aggregation, response.aggregations?.[name]);
  }
  return { total: typeof total === 'number' ? total : (total?.value ?? 0), aggregations };
}

function toEngine(aggregation: Aggregation, bounds: Bounds | null, top: boolean): Dsl {
  switch (aggregation.type) {
    case 'terms': {
      const size = checkedSize(aggregation.size);
      const sub = subAggregations(aggregation.aggregations, bounds);
      if (aggregation.sample && top) {
        sub.sample = {
          top_hits: { size: 1, sort: [{ sort_time: 'desc' }, { id: 'desc' }], _source: ['item'] },
        };
      }
      return {
        terms: {
          field: TERMS_FIELDS[aggregation.field],
          size,
          shard_size: Math.max(size, SHARD_SIZE),
          order: [{ _count: 'desc' }, { _key: 'asc' }],
        },
        ...(Object.keys(sub).length > 0 && { aggs: sub }),
      };
    }
    case 'dateHistogram': {
      const sub = subAggregations(aggregation.aggregations, bounds);
      return {
        date_histogram: {
          field: 'sort_time',
          calendar_interval: aggregation.interval === 'hour' ? '1h' : '1d',
          time_zone: aggregation.timeZone ?? 'UTC',
          min_doc_count: bounds ? 0 : 1,
          ...(bounds && { extended_bounds: { min: bounds.from, max: bounds.to } }),
        },
        ...(Object.keys(sub).length > 0 && { aggs: sub }),
      };
    }
    case 'range':
      if (aggregation.ranges.length === 0 || aggregation.ranges.length > 100) {
        throw new RangeError('a range aggregation needs 1 to 100 ranges');
      }
      return {
        range: {
          field: aggregation.field,
          keyed: false,
          ranges: aggregation.ranges.map((r) => ({
            key: r.key,
            ...(r.from !== undefined && { from: r.from }),
            ...(r.to !== undefined && { to: r.to }),
          })),
        },
      };
    case 'histogram':
      if (!(Number.isFinite(aggregation.interval) && aggregation.interval > 0)) {
        throw new RangeError('histogram interval must be > 0');
      }
      return { histogram: { field: aggregation.field, interval: aggregation.interval, min_doc_count: 0 } };
  }
}

function subAggregations(aggregations: Record<string, Aggregation> | undefined, bounds: Bounds | null): Dsl {
  const sub: Dsl = {};
  for (const [name, aggregation] of Object.entries(aggregations ?? {})) {
    sub[name] = toEngine(aggregation, bounds, false);
  }
  return sub;
}

interface BucketWire {
  key: string | number;
  key_as_string?: string;
  doc_count: number;
  [name: string]: unknown;
}

function readBuckets(aggregation: Aggregation, wire: unknown): AggregationBucket[] {
  let buckets = ((wire as { buckets?: BucketWire[] } | undefined)?.buckets ?? []) as BucketWire[];
  if (aggregation.type === 'range') {
    // The engine sorts ranges by their bounds; the port keeps the order they were asked in.
    const byKey = new Map(buckets.map((bucket) => [String(bucket.key), bucket]));
    buckets = aggregation.ranges.map((r) => byKey.get(r.key) ?? { key: r.key, doc_count: 0 });
  }
  return buckets.map((bucket) => {
    const result: AggregationBucket = { key: keyOf(aggregation, bucket), count: bucket.doc_count };
    const nested = 'aggregations' in aggregation ? aggregation.aggregations : undefined;
    if (nested && Object.keys(nested).length > 0) {
      result.aggregations = {};
      for (const [name, sub] of Object.entries(nested))
        result.aggregations[name] = readBuckets(sub, bucket[name]);
    }
    const sample = (bucket.sample as { hits?: { hits?: { _source?: { item?: Item } }[] } } | undefined)?.hits
      ?.hits?.[0]?._source?.item;
    if (sample) {
      result.sample = {
        id: sample.id,
        title: sample.title,
        url: sample.url,
        sourceName: sample.sourceName,
        publishedAt: sample.publishedAt,
      };
    }
    return result;
  });
}

function keyOf(aggregation: Aggregation, bucket: BucketWire): string {
  switch (aggregation.type) {
    case 'terms':
      return bucket.key_as_string ?? String(bucket.key);
    case 'dateHistogram':
      return new Date(Number(bucket.key)).toISOString();
    case 'range':
      return String(bucket.key);
    case 'histogram':
      return String(+Number(bucket.key).toPrecision(12));
  }
}

function checkedSize(size: number | undefined): number {
  const value = size ?? 10;
  if (!Number.isInteger(value) || value < 1 || value > 1000)
    throw new RangeError('terms size must be 1..1000');
  return value;
}
