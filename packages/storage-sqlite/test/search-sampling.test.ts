// The pieces behind search at scale: seq blocks for samples, FTS5 reads bounded by seq (bounds
// reach FTS5 as integers), and relevance among the newest matches beyond the exact-count bound.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item, SearchRequest } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureItem } from '../../../tests/support/item-fixture.ts';
import { openSqliteStorage, type SqliteStorage } from '../src/index.ts';
import { ftsRowids, ftsRowidsFrom } from '../src/search/fts-rowids.ts';
import { blockCount, seqBlocks } from '../src/search/sampled-counts.ts';

const COUNT = 3_000;
const BOUND = 100;

function item(n: number): Item {
  const at = new Date(Date.UTC(2026, 0, 1) + ((n * 7919) % COUNT) * 60_000).toISOString();
  // Every item mentions the ship in its body; one in ten in its title too, one in seven also "đảo".
  return fixtureItem(`s${n}`, at, {
    title: n % 10 === 0 ? `Con tàu số ${n}` : `Bản tin số ${n}`,
    text: n % 7 === 0 ? 'Một chiếc tàu ghé đảo buổi sáng.' : 'Một chiếc tàu cập cảng buổi sáng.',
  });
}

let dir: string;
let path: string;
let store: SqliteStorage;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'presswatch-sampling-'));
  path = join(dir, 'store.db');
  store = openSqliteStorage({ path, exactCountBound: BOUND });
  const items = Array.from({ length: COUNT }, (_, n) => item(n));
  await store.items.upsertMany(items);
  await store.search.indexMany(items);
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('seq blocks', () => {
  it('are the same for the same range and fraction, inside the range, disjoint and in order', () => {
    const range = { min: 1, max: 1_000_000 };
    const { blocks, share } = seqBlocks(range, 0.01, 96);
    expect(seqBlocks(range, 0.01, 96)).toEqual({ blocks, share });
    expect(blocks).toHaveLength(96);
    for (const [n, [from, to]] of blocks.entries()) {
      expect(from).toBeGreaterThanOrEqual(range.min);
      expect(to).toBeLessThanOrEqual(range.max);
      expect(to).toBeGreaterThanOrEqual(from);
      if (n > 0) expect(from).toBeGreaterThan(blocks[n - 1]![1]);
    }
    const covered = blocks.reduce((sum, [from, to]) => sum + to - from + 1, 0);
    expect(share).toBeCloseTo(covered / 1_000_000, 10);
    expect(share).toBeGreaterThan(0.009);
    expect(share).toBeLessThan(0.011);
  });

  it('cover the whole range at fraction 1, and fewer blocks are used for longer queries', () => {
    expect(seqBlocks({ min: 5, max: 50 }, 1, 96)).toEqual({ blocks: [[5, 50]], share: 1 });
    expect(blockCount(1)).toBeGreaterThan(blockCount(6));
    expect(blockCount(100)).toBeGreaterThan(0);
  });
});

describe('FTS5 reads bounded by seq', () => {
  it('return exactly the matches inside the blocks, and from a seq on', () => {
    const db = new Database(path, { readonly: true });
    try {
      const expression = '{title text} : "đảo"';
      const all = db
        .prepare('SELECT rowid FROM items_fts WHERE items_fts MATCH ?')
        .pluck()
        .all(expression) as number[];
      const blocks: [number, number][] = [
        [8, 8],
        [15, 15],
        [100, 140],
      ];
      const inBlocks = ftsRowids(expression, blocks);
      const found = db
        .prepare(inBlocks.sql)
        .pluck()
        .all(...inBlocks.params) as number[];
      expect(found).toEqual(all.filter((seq) => blocks.some(([from, to]) => seq >= from && seq <= to)));
      expect(found.length).toBeGreaterThan(2);
      const from = ftsRowidsFrom(expression, 2_000);
      expect(
        db
          .prepare(from.sql)
          .pluck()
          .all(...from.params),
      ).toEqual(all.filter((seq) => seq >= 2_000));
    } finally {
      db.close();
    }
  });
});

describe('time pages beyond the exact-count bound', () => {
  it('are the exact newest matches, also for a query with NOT (probed side by side)', async () => {
    const exact = openSqliteStorage({ path });
    try {
      for (const q of ['tàu -đảo', 'tàu', 'tàu -"Con tàu"']) {
        const pages = async (from: SqliteStorage) => {
          const first = await from.search.search({ query: parseQuery(q), limit: 25 });
          const second = await from.search.search({
            query: parseQuery(q),
            limit: 25,
            cursor: first.nextCursor,
          });
          return {
            estimated: first.totalIsEstimate,
            ids: [...first.hits, ...second.hits].map((hit) => hit.item.id),
          };
        };
        const truth = await pages(exact);
        const walked = await pages(store);
        expect(truth.estimated).toBe(false);
        expect(walked.estimated).toBe(true);
        expect(truth.ids).toHaveLength(50);
        expect(walked.ids).toEqual(truth.ids);
      }
    } finally {
      exact.close();
    }
  });
});

describe('relevance beyond the exact-count bound', () => {
  const request = (extra: Partial<SearchRequest> = {}): SearchRequest => ({
    query: parseQuery('tàu'),
    sort: 'relevance',
    limit: 20,
    ...extra,
  });

  it('ranks title hits first, says the counts are estimates, and pages without repeats', async () => {
    const first = await store.search.search(request());
    expect(first.totalIsEstimate).toBe(true);
    expect(first.hits).toHaveLength(20);
    for (const hit of first.hits) {
      expect(hit.item.title).toContain('tàu');
      expect(hit.score).toBeGreaterThan(0);
    }
    const scores = first.hits.map((hit) => hit.score!);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const seen = new Set(first.hits.map((hit) => hit.item.id));
    let cursor = first.nextCursor;
    let last = scores.at(-1)!;
    for (let page = 0; page < 15 && cursor; page++) {
      const next = await store.search.search(request({ cursor }));
      for (const hit of next.hits) {
        expect(seen.has(hit.item.id)).toBe(false);
        seen.add(hit.item.id);
        expect(hit.score!).toBeLessThanOrEqual(last);
        last = hit.score!;
      }
      cursor = next.nextCursor;
    }
    // Past the title hits of the newest span come body-only hits, scored lower.
    expect(last).toBeLessThan(scores[0]!);
  });
});
