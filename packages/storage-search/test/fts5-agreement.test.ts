// The engine compiler against the real thing: the SQLite adapter's FTS5 search (a store in a temp
// dir) and this adapter on the test search node must select the same items for the same queries,
// in the same time order. Deterministic random queries over a small Vietnamese vocabulary where
// diacritics matter (biển / biên / biến), written for this test; the idea is the one of
// packages/classify/test/matcher/fts5-agreement.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item, QueryNode } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineStorage, noNodeReason, searchUrl } from './engine.ts';

const WORDS = [
  'biển',
  'biên',
  'biến',
  'đảo',
  'Đảo',
  'hoà',
  'hòa',
  'thuỷ',
  'Quảng',
  'Trị',
  'giới',
  'lao',
  'bảo',
  'cửa',
  'ĐỒN',
];
const QUERY_WORDS = [
  'biển',
  'bien',
  'biên',
  'đảo',
  'dao',
  'hòa',
  'hoa',
  'thủy',
  'thuy',
  'quang',
  'trị',
  'gioi',
  'bi*',
  'lao*',
  'đồn',
];

let seed = 11;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const sentence = (n: number) =>
  Array.from({ length: n }, () => pick(WORDS)).join(pick([' ', ', ', '. ', ' – ']));

function item(i: number): Item {
  return {
    id: `item-${String(i).padStart(2, '0')}`,
    url: `https://news.example/${i}`,
    canonicalUrl: `https://news.example/${i}`,
    sourceId: i % 3 === 0 ? 'tuoitre' : 'vnexpress',
    sourceName: i % 3 === 0 ? 'Tuổi Trẻ' : 'VnExpress',
    title: sentence(1 + Math.floor(random() * 4)),
    byline: null,
    // Spread over three months: three item indices behind the alias.
    publishedAt:
      i % 5 === 0 ? null : new Date(Date.UTC(2025, 4 + (i % 3), 1 + (i % 27), i % 24)).toISOString(),
    fetchedAt: new Date(Date.UTC(2025, 6, 1, i % 24)).toISOString(),
    language: i % 4 === 0 ? null : 'vi',
    country: 'vn',
    domestic: true,
    text: i % 7 === 0 ? sentence(6).normalize('NFD') : sentence(Math.floor(random() * 14)),
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
  };
}

function randomQuery(depth = 0): string {
  const roll = random();
  if (depth > 1 || roll < 0.45) {
    const word = pick(QUERY_WORDS);
    const scope = pick(['', '', '', 'title:', 'text:']);
    return random() < 0.25
      ? `${scope}"${word.replace('*', '')} ${pick(QUERY_WORDS).replace('*', '')}"`
      : `${scope}${word}`;
  }
  if (roll < 0.55) return pick(['lang:vi', 'source:tuoitre', 'source:"VnExpress"', 'source:TUOITRE']);
  if (roll < 0.65) return `-${randomQuery(depth + 1)}`;
  const op = pick([' AND ', ' OR ', ' ']);
  return `(${randomQuery(depth + 1)}${op}${randomQuery(depth + 1)})`;
}

const items = Array.from({ length: 60 }, (_, i) => item(i));

describe.skipIf(!searchUrl)(
  `the engine search agrees with the SQLite FTS5 search${searchUrl ? '' : ` (${noNodeReason})`}`,
  () => {
    let dir: string;
    let sqlite: SqliteStorage;
    let engine: Awaited<ReturnType<typeof engineStorage>>;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'presswatch-agreement-'));
      sqlite = openSqliteStorage({ path: join(dir, 'store.db') });
      await sqlite.items.upsertMany(items);
      engine = await engineStorage();
      await engine.items.upsertMany(items);
      await engine.refresh();
    });

    afterAll(async () => {
      sqlite?.close();
      rmSync(dir, { recursive: true, force: true });
      await engine?.cleanup();
    });

    it('on 150 random queries: same items, same time order, same total and facets', async () => {
      let nonEmpty = 0;
      for (let n = 0; n < 150; n++) {
        const text = randomQuery();
        const query = parseQuery(text) as QueryNode;
        const request = { query, limit: 1000, facets: ['source' as const, 'language' as const] };
        const expected = await sqlite.search.search(request);
        const got = await engine.search.search(request);
        expect(
          got.hits.map((hit) => hit.item.id),
          text,
        ).toEqual(expected.hits.map((hit) => hit.item.id));
        expect(got.total, text).toBe(expected.total);
        expect(got.facets, text).toEqual(expected.facets);
        if (expected.total > 0) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(50);
    });

    it('highlights the first page alike', async () => {
      for (const text of ['bien', 'title:"biển đảo"', 'hoa OR thuy*', 'Đảo -lao', 'source:tuoitre quang']) {
        const request = { query: parseQuery(text), limit: 10, highlight: true };
        const expected = await sqlite.search.search(request);
        const got = await engine.search.search(request);
        expect(
          got.hits.map((hit) => hit.highlights),
          text,
        ).toEqual(expected.hits.map((hit) => hit.highlights));
        expect(
          expected.hits.some((hit) => hit.highlights !== null),
          text,
        ).toBe(true);
      }
    });
  },
);
