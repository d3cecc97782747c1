// SearchIndex.aggregate on a real SQLite store: terms (multi-valued topics), date histograms in a
// time zone with gap filling, nested aggregations, ranges, histograms, samples, query + filters.
import type { AggregationBucket, Item } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureItem } from '../../../tests/support/item-fixture.ts';
import { MIGRATIONS, migrate, type SqliteStorage } from '../src/index.ts';
import { createDateBucketer } from '../src/search/date-buckets.ts';
import { tempStorage } from './helpers.ts';

let storage: SqliteStorage;
let cleanup: () => void;

const item = fixtureItem;

const topic = (name: string) => ({ topic: name, score: 1, matched: [name] });

// Times in UTC; in Asia/Ho_Chi_Minh (UTC+7) i3 (18:00Z on the 1st) falls on the 2nd.
const ITEMS: Item[] = [
  item('i1', '2026-11-01T02:00:00Z', {
    topics: [topic('border'), topic('sea')],
    tone: -0.6,
    clusterId: 'c1',
  }),
  item('i2', '2026-11-01T03:30:00Z', {
    topics: [topic('sea')],
    tone: 0.1,
    clusterId: 'c1',
    language: 'en',
    domestic: false,
    sourceId: 'bao-b',
    sourceName: 'Paper B',
  }),
  item('i3', '2026-11-01T18:00:00Z', {
    topics: [topic('sea')],
    tone: 0.5,
    clusterId: 'c2',
    title: 'Biển động',
  }),
  item('i4', '2026-11-03T05:00:00Z', {
    topics: [topic('investment')],
    tone: null,
    clusterId: 'c1',
    title: 'Mới nhất cụm 1',
  }),
  item('i5', '2026-11-03T06:00:00Z', {
    language: 'en',
    domestic: false,
    sourceId: 'bao-b',
    sourceName: 'Paper B',
  }),
];

beforeEach(async () => {
  ({ storage, cleanup } = tempStorage());
  await storage.search.indexMany(ITEMS);
});
afterEach(() => cleanup());

const byKey = (buckets: AggregationBucket[] | undefined) =>
  Object.fromEntries((buckets ?? []).map((b) => [b.key, b.count]));

describe('SearchIndex.aggregate', () => {
  it('counts terms, with topics counted once per item and topic', async () => {
    const result = await storage.search.aggregate({
      query: null,
      aggregations: {
        topics: { type: 'terms', field: 'topic' },
        domestic: { type: 'terms', field: 'domestic' },
        languages: { type: 'terms', field: 'language' },
        sources: { type: 'terms', field: 'source', size: 1 },
      },
    });
    expect(result.total).toBe(5);
    expect(result.aggregations.topics).toEqual([
      { key: 'sea', count: 3 },
      { key: 'border', count: 1 },
      { key: 'investment', count: 1 },
    ]);
    expect(byKey(result.aggregations.domestic)).toEqual({ true: 3, false: 2 });
    expect(byKey(result.aggregations.languages)).toEqual({ vi: 3, en: 2 });
    expect(result.aggregations.sources).toEqual([{ key: 'bao-a', count: 3 }]);
  });

  it('buckets days in the requested time zone and fills empty days within from/to', async () => {
    const result = await storage.search.aggregate({
      query: null,
      filters: { from: '2026-10-31T17:00:00.000Z', to: '2026-11-03T16:59:59.999Z' },
      aggregations: {
        perDay: {
          type: 'dateHistogram',
          interval: 'day',
          timeZone: 'Asia/Ho_Chi_Minh',
          aggregations: { topics: { type: 'terms', field: 'topic' } },
        },
      },
    });
    const days = result.aggregations.perDay!;
    expect(days.map((d) => [d.key, d.count])).toEqual([
      ['2026-10-31T17:00:00.000Z', 2],
      ['2026-11-01T17:00:00.000Z', 1],
      ['2026-11-02T17:00:00.000Z', 2],
    ]);
    expect(byKey(days[0]!.aggregations?.topics)).toEqual({ sea: 2, border: 1 });
    expect(byKey(days[1]!.aggregations?.topics)).toEqual({ sea: 1 });

    const utc = await storage.search.aggregate({
      query: null,
      filters: { from: '2026-11-01T00:00:00Z', to: '2026-11-04T23:59:59Z' },
      aggregations: { perDay: { type: 'dateHistogram', interval: 'day' } },
    });
    expect(utc.aggregations.perDay!.map((d) => d.count)).toEqual([3, 0, 2, 0]);
  });

  it('counts per hour and nests terms under terms', async () => {
    const result = await storage.search.aggregate({
      query: null,
      filters: { domestic: true },
      aggregations: {
        hours: { type: 'dateHistogram', interval: 'hour' },
        topics: {
          type: 'terms',
          field: 'topic',
          aggregations: { clusters: { type: 'terms', field: 'cluster' } },
        },
      },
    });
    expect(result.aggregations.hours!.map((h) => h.key)).toEqual([
      '2026-11-01T02:00:00.000Z',
      '2026-11-01T18:00:00.000Z',
      '2026-11-03T05:00:00.000Z',
    ]);
    const sea = result.aggregations.topics!.find((b) => b.key === 'sea');
    expect(byKey(sea?.aggregations?.clusters)).toEqual({ c1: 1, c2: 1 });
  });

  it('counts tone ranges and a tone histogram, leaving out items without a tone', async () => {
    const result = await storage.search.aggregate({
      query: null,
      aggregations: {
        tone: {
          type: 'range',
          field: 'tone',
          ranges: [
            { key: 'negative', to: -0.2 },
            { key: 'neutral', from: -0.2, to: 0.2 },
            { key: 'positive', from: 0.2 },
          ],
        },
        histogram: { type: 'histogram', field: 'tone', interval: 0.5 },
      },
    });
    expect(result.aggregations.tone).toEqual([
      { key: 'negative', count: 1 },
      { key: 'neutral', count: 1 },
      { key: 'positive', count: 1 },
    ]);
    expect(result.aggregations.histogram).toEqual([
      { key: '-1', count: 1 },
      { key: '-0.5', count: 0 },
      { key: '0', count: 1 },
      { key: '0.5', count: 1 },
    ]);
  });

  it('attaches the newest item of each top cluster and respects the query', async () => {
    const result = await storage.search.aggregate({
      query: null,
      aggregations: { clusters: { type: 'terms', field: 'cluster', size: 5, sample: true } },
    });
    expect(result.aggregations.clusters![0]).toMatchObject({
      key: 'c1',
      count: 3,
      sample: { id: 'i4', title: 'Mới nhất cụm 1' },
    });
    const filtered = await storage.search.aggregate({
      query: parseQuery('biển'),
      aggregations: { clusters: { type: 'terms', field: 'cluster' } },
    });
    expect(filtered.total).toBe(1);
    expect(filtered.aggregations.clusters).toEqual([{ key: 'c2', count: 1 }]);
  });

  it('answers empty aggregations over an empty match set', async () => {
    const result = await storage.search.aggregate({
      query: parseQuery('khôngcótừnày'),
      aggregations: {
        topics: { type: 'terms', field: 'topic' },
        tone: { type: 'range', field: 'tone', ranges: [{ key: 'all' }] },
      },
    });
    expect(result).toEqual({ total: 0, aggregations: { topics: [], tone: [{ key: 'all', count: 0 }] } });
  });
});

describe('the aggregation tables kept by triggers', () => {
  it('follow re-written and deleted items', async () => {
    await storage.search.indexMany([
      { ...ITEMS[0]!, topics: [topic('investment')], clusterId: 'c9', tone: 0.9 },
    ]);
    await storage.items.delete(['i2']);
    const result = await storage.search.aggregate({
      query: null,
      aggregations: {
        topics: { type: 'terms', field: 'topic' },
        clusters: { type: 'terms', field: 'cluster' },
        tone: { type: 'range', field: 'tone', ranges: [{ key: 'positive', from: 0.2 }] },
      },
    });
    expect(result.total).toBe(4);
    expect(byKey(result.aggregations.topics)).toEqual({ investment: 2, sea: 1 });
    expect(byKey(result.aggregations.clusters)).toEqual({ c1: 1, c2: 1, c9: 1 });
    expect(result.aggregations.tone).toEqual([{ key: 'positive', count: 2 }]);
  });

  it('are filled from the items already stored when the migration runs', () => {
    const db = new Database(':memory:');
    try {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version < 7),
      );
      const doc = JSON.stringify({
        ...ITEMS[0],
        topics: [topic('border'), topic('sea')],
        tone: -0.5,
        clusterId: 'c1',
      });
      db.prepare(`INSERT INTO items (id, source_id, source_name_key, domestic, fetched_at, sort_time, doc)
                  VALUES ('old', 's', 's', 1, 0, 0, ?)`).run(doc);
      migrate(db);
      expect(db.prepare('SELECT topic FROM item_topics ORDER BY topic').pluck().all()).toEqual([
        'border',
        'sea',
      ]);
      expect(db.prepare('SELECT tone, cluster_id FROM item_scores').get()).toEqual({
        tone: -0.5,
        cluster_id: 'c1',
      });
    } finally {
      db.close();
    }
  });
});

describe('date buckets', () => {
  it('starts local days at local midnight across a DST change', () => {
    const bucketer = createDateBucketer('day', 'Europe/Paris');
    // 2026-10-25 is 25 hours long in Paris (CEST → CET).
    const days = bucketer.range(Date.parse('2026-10-24T12:00:00Z'), Date.parse('2026-10-26T12:00:00Z'));
    expect(days.map((ms) => new Date(ms).toISOString())).toEqual([
      '2026-10-23T22:00:00.000Z',
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
    ]);
  });

  it('refuses a range with too many buckets', () => {
    const bucketer = createDateBucketer('hour');
    expect(() => bucketer.range(0, 20_000 * 3_600_000)).toThrow(RangeError);
  });
});
