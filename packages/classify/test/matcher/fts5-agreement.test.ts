// The matcher against the real thing: the SQLite adapter's FTS5 search (a store in a temp dir)
// and compileMatcher must select the same items for the same queries. Deterministic random
// queries over a small Vietnamese vocabulary where diacritics matter (biển / biên / biến), with
// NEAR/n (exact, folded and mixed operands), suffix wildcards, NOT, field scopes, and Chinese,
// Thai and Lao written without spaces (the index segments them: bigrams, dictionary words).
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
/** Pieces of scripts written without spaces; glued together they make runs to search inside. */
const UNSPACED = [
  '西沙',
  '群岛',
  '西沙群岛',
  '南海',
  '问题',
  '中国',
  '越南',
  '海',
  'ชายแดน',
  'ประเทศ',
  'ไทย',
  'ລາວ',
  'ຊາຍແດນ',
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
  'đả*',
  '西沙',
  '南海',
  '西沙群岛',
  '海',
  '海*',
  'ชายแดน',
  'ຊາຍແດນ',
];

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const unspaced = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(UNSPACED)).join('');
const word = () => (random() < 0.15 ? unspaced() : pick(WORDS));
const sentence = (n: number) => Array.from({ length: n }, word).join(pick([' ', ', ', '. ']));

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

/** A word or a two-word phrase, unscoped. */
function textOperand(): string {
  const word = pick(QUERY_WORDS);
  return random() < 0.25 ? `"${word.replace('*', '')} ${pick(QUERY_WORDS).replace('*', '')}"` : word;
}

/** `a NEAR/n b [NEAR/n c]`, sometimes scoped as a whole or through one operand. */
function nearQuery(): string {
  const n = Math.floor(random() * 5);
  const operands = Array.from({ length: random() < 0.2 ? 3 : 2 }, textOperand);
  const chain = operands.join(` NEAR/${n} `);
  const scope = pick(['', '', 'title:', 'text:']);
  if (!scope) return chain;
  return random() < 0.5 ? `${scope}(${chain})` : `${scope}${chain}`;
}

function randomQuery(depth = 0): string {
  const roll = random();
  if (depth > 1 || roll < 0.35) return `${pick(['', '', '', 'title:', 'text:'])}${textOperand()}`;
  if (roll < 0.5) return nearQuery();
  if (roll < 0.58) return pick(['lang:vi', 'source:tuoitre', 'source:"VnExpress"']);
  if (roll < 0.68) return `${pick(['-', 'NOT '])}${randomQuery(depth + 1)}`;
  const op = pick([' AND ', ' OR ', ' ']);
  return `(${randomQuery(depth + 1)}${op}${randomQuery(depth + 1)})`;
}

const QUERIES = 600;

let dir: string;
let storage: SqliteStorage;
const items = Array.from({ length: 80 }, (_, i) => item(i));

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

  it(`on ${QUERIES} random queries`, async () => {
    let nonEmpty = 0;
    for (let n = 0; n < QUERIES; n++) {
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
    expect(nonEmpty).toBeGreaterThan(QUERIES / 3);
  });
});
