// The matcher against the real thing: the SQLite adapter's FTS5 search (a store in a temp dir)
// and compileMatcher must select the same items for the same queries. Deterministic random
// queries over a small Vietnamese vocabulary where diacritics matter (biển / biên / biến).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item, QueryNode } from '@presswatch/domain';
import { analyseDocument, compileMatcher, parseQuery } from '@presswatch/query';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
];

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(pick([' ', ', ', '. ']));

function item(i: number): Item {
  return {
    id: `item-${i}`,
    url: `https://news.example/${i}`,
    canonicalUrl: `https://news.example/${i}`,
    sourceId: i % 3 === 0 ? 'tuoitre' : 'vnexpress',
    sourceName: i % 3 === 0 ? 'Tuổi Trẻ' : 'VnExpress',
    title: sentence(1 + Math.floor(random() * 4)),
    byline: null,
    publishedAt: '2025-07-01T08:00:00.000Z',
    fetchedAt: '2025-07-01T09:00:00.000Z',
    language: i % 4 === 0 ? null : 'vi',
    country: 'vn',
    domestic: true,
    text: sentence(Math.floor(random() * 14)),
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
  if (roll < 0.55) return pick(['lang:vi', 'source:tuoitre', 'source:"VnExpress"']);
  if (roll < 0.65) return `-${randomQuery(depth + 1)}`;
  const op = pick([' AND ', ' OR ', ' ']);
  return `(${randomQuery(depth + 1)}${op}${randomQuery(depth + 1)})`;
}

let dir: string;
let storage: SqliteStorage;
const items = Array.from({ length: 60 }, (_, i) => item(i));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'presswatch-matcher-'));
  storage = openSqliteStorage({ path: join(dir, 'store.db') });
  await storage.items.upsertMany(items);
  await storage.search.indexMany(items);
});

afterAll(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('compileMatcher agrees with the SQLite FTS5 search', () => {
  const documents = items.map((it) =>
    analyseDocument({ ...it, language: it.language, country: it.country, topics: [] }),
  );

  it('on 150 random queries', async () => {
    let nonEmpty = 0;
    for (let n = 0; n < 150; n++) {
      const text = randomQuery();
      const query = parseQuery(text) as QueryNode;
      const found = await storage.search.search({ query, limit: 1000 });
      const expected = found.hits.map((hit) => hit.item.id).sort();
      const matcher = compileMatcher(query);
      const got = items
        .filter((_, i) => matcher(documents[i]!).matched)
        .map((it) => it.id)
        .sort();
      expect(got, text).toEqual(expected);
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(50);
  });
});
