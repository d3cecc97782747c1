// Search over more matches than the exact-count bound: totals and facets are estimated from a
// hashed sample and say so; pages are still exact (time order) or drawn from the newest matches
// (relevance). The same file is opened twice: once with a small bound, once with the default.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FacetField, Item, SearchRequest } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureItem } from '../../../tests/support/item-fixture.ts';
import { openSqliteStorage, type SqliteStorage } from '../src/index.ts';
import { RANKED_MATCHES } from '../src/search/run-search.ts';

const COUNT = 4_000;
const BOUND = 100;
const FACETS: FacetField[] = ['source', 'language'];

function item(n: number): Item {
  // Times are shuffled against insertion order (seq), as when old articles are backfilled.
  const minute = (n * 7919) % COUNT;
  const at = new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString();
  return fixtureItem(`e${n}`, at, {
    sourceId: n % 3 === 0 ? 'bao-b' : 'bao-a',
    sourceName: n % 3 === 0 ? 'Báo B' : 'Báo A',
    title: `Tin cảng số ${n}`,
    language: n % 4 === 0 ? 'en' : 'vi',
    text: n % 50 === 0 ? 'Chuyến tàu hiếm ghé đảo.' : 'Tàu cập cảng buổi sáng.',
  });
}

let dir: string;
let bounded: SqliteStorage;
let exact: SqliteStorage;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'presswatch-estimates-'));
  const path = join(dir, 'store.db');
  exact = openSqliteStorage({ path });
  const items = Array.from({ length: COUNT }, (_, n) => item(n));
  await exact.items.upsertMany(items);
  await exact.search.indexMany(items);
  bounded = openSqliteStorage({ path, exactCountBound: BOUND });
});

afterAll(() => {
  bounded?.close();
  exact?.close();
  rmSync(dir, { recursive: true, force: true });
});

const request = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({
  query: parseQuery(q),
  limit: 20,
  facets: FACETS,
  ...extra,
});

describe('search beyond the exact-count bound', () => {
  it('counts exactly, unflagged, up to the bound', async () => {
    const result = await bounded.search.search(request('đảo'));
    expect(result.total).toBe(COUNT / 50);
    expect(result.totalIsEstimate).toBe(false);
    expect(result.facets.source?.every((bucket) => bucket.approximate === undefined)).toBe(true);
  });

  it('estimates the total and facets of a larger match set, and says so', async () => {
    const truth = await exact.search.search(request('cảng'));
    const estimate = await bounded.search.search(request('cảng'));
    expect(truth.totalIsEstimate).toBe(false);
    expect(estimate.totalIsEstimate).toBe(true);
    expect(estimate.total).toBeGreaterThan(BOUND);
    expect(Math.abs(estimate.total - truth.total) / truth.total).toBeLessThan(0.15);
    for (const field of FACETS) {
      const real = new Map(truth.facets[field]!.map((bucket) => [bucket.value, bucket.count]));
      for (const bucket of estimate.facets[field]!) {
        expect(bucket.approximate).toBe(true);
        expect(Math.abs(bucket.count - real.get(bucket.value)!) / real.get(bucket.value)!).toBeLessThan(0.25);
      }
    }
  });

  it('still pages exactly newest first, with filters and cursors', async () => {
    const filters = { sourceIds: ['bao-a'] };
    const pages = async (store: SqliteStorage) => {
      const first = await store.search.search(request('cảng', { filters }));
      const second = await store.search.search(request('cảng', { filters, cursor: first.nextCursor }));
      return [...first.hits, ...second.hits].map((hit) => hit.item.id);
    };
    const truth = await pages(exact);
    expect(truth).toHaveLength(40);
    expect(await pages(bounded)).toEqual(truth);
  });

  it('ranks by relevance among the newest stored matches', async () => {
    const result = await bounded.search.search(request('cảng', { sort: 'relevance' }));
    expect(result.hits).toHaveLength(20);
    for (const hit of result.hits) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.item.title).toContain('cảng');
      // Every item matches; item n has seq n + 1: only the newest RANKED_MATCHES seqs are ranked.
      expect(Number(hit.item.id.slice(1))).toBeGreaterThanOrEqual(COUNT - RANKED_MATCHES - 1);
    }
  });
});
