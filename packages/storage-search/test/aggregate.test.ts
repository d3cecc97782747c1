// SearchIndex.aggregate on the test search node, checked against the SQLite adapter over the same
// items: terms (multi-valued topics, samples), date histograms in a time zone with gap filling,
// nested aggregations, ranges in request order, histograms, with a query and filters.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AggregationRequest, Item } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineStorage, noNodeReason, searchUrl } from './engine.ts';

const topic = (name: string) => ({ topic: name, score: 1, matched: [name] });

function item(n: number): Item {
  const at = new Date(Date.UTC(2026, 9, 28, 5) + n * 7 * 3_600_000).toISOString(); // Oct → Nov
  return {
    id: `agg-${n}`,
    url: `https://bao.example/${n}`,
    canonicalUrl: `https://bao.example/${n}`,
    sourceId: ['bao-a', 'bao-b', 'bao-c'][n % 3]!,
    sourceName: ['Báo A', 'Báo B', 'Báo C'][n % 3]!,
    title: n % 2 === 0 ? `Biển động ngày ${n}` : `Tuần tra biên giới ${n}`,
    byline: null,
    publishedAt: n % 6 === 5 ? null : at,
    fetchedAt: at,
    language: n % 4 === 3 ? 'en' : 'vi',
    country: 'vn',
    domestic: n % 5 !== 0,
    text: 'Nội dung thử nghiệm.',
    summary: null,
    topics: n % 3 === 0 ? [topic('sea'), topic('border')] : [topic(n % 2 ? 'border' : 'sea')],
    relevance: n % 7 === 0 ? null : (n % 10) / 10,
    tone: n % 8 === 0 ? null : ((n % 9) - 4) / 5,
    clusterId: n % 4 === 0 ? null : `c${n % 3}`,
  };
}

const ITEMS = Array.from({ length: 40 }, (_, n) => item(n));

const REQUESTS: [string, AggregationRequest][] = [
  [
    'terms with samples and nested terms',
    {
      query: null,
      aggregations: {
        topics: {
          type: 'terms',
          field: 'topic',
          aggregations: { bySource: { type: 'terms', field: 'source' } },
        },
        clusters: { type: 'terms', field: 'cluster', size: 2, sample: true },
        domestic: { type: 'terms', field: 'domestic' },
      },
    },
  ],
  [
    'days in Ho Chi Minh City time with gaps filled, and topics per day',
    {
      query: parseQuery('bien'),
      filters: { from: '2026-10-27T00:00:00Z', to: '2026-11-12T00:00:00Z' },
      aggregations: {
        days: {
          type: 'dateHistogram',
          interval: 'day',
          timeZone: 'Asia/Ho_Chi_Minh',
          aggregations: { topics: { type: 'terms', field: 'topic' } },
        },
      },
    },
  ],
  [
    'hours without bounds, under a query and a language filter',
    {
      query: parseQuery('"biên giới" OR source:bao-a'),
      filters: { languages: ['vi'] },
      aggregations: { hours: { type: 'dateHistogram', interval: 'hour' } },
    },
  ],
  [
    'ranges (overlapping, asked out of order) and histograms',
    {
      query: null,
      aggregations: {
        tone: {
          type: 'range',
          field: 'tone',
          ranges: [
            { key: 'positive', from: 0.2 },
            { key: 'negative', to: -0.2 },
            { key: 'any', from: -1, to: 1.01 },
          ],
        },
        relevance: { type: 'histogram', field: 'relevance', interval: 0.25 },
        bySource: {
          type: 'terms',
          field: 'source',
          aggregations: { tone: { type: 'histogram', field: 'tone', interval: 0.5 } },
        },
      },
    },
  ],
];

describe.skipIf(!searchUrl)(
  `aggregate agrees with the SQLite adapter${searchUrl ? '' : ` (${noNodeReason})`}`,
  () => {
    let dir: string;
    let sqlite: SqliteStorage;
    let engine: Awaited<ReturnType<typeof engineStorage>>;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'presswatch-aggregate-'));
      sqlite = openSqliteStorage({ path: join(dir, 'store.db') });
      await sqlite.items.upsertMany(ITEMS);
      engine = await engineStorage();
      await engine.items.upsertMany(ITEMS);
      await engine.refresh();
    });

    afterAll(async () => {
      sqlite?.close();
      rmSync(dir, { recursive: true, force: true });
      await engine?.cleanup();
    });

    it.each(REQUESTS)('%s', async (_, request) => {
      const expected = await sqlite.search.aggregate(request);
      expect(expected.total).toBeGreaterThan(0);
      expect(await engine.search.aggregate(request)).toEqual(expected);
    });

    it('rejects what the SQLite adapter rejects', async () => {
      await expect(
        engine.search.aggregate({
          query: null,
          aggregations: { t: { type: 'terms', field: 'topic', size: 0 } },
        }),
      ).rejects.toBeInstanceOf(RangeError);
      await expect(
        engine.search.aggregate({
          query: null,
          aggregations: { r: { type: 'range', field: 'tone', ranges: [] } },
        }),
      ).rejects.toBeInstanceOf(RangeError);
    });
  },
);
