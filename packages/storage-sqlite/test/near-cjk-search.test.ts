// NEAR/n and scripts written without spaces, through the real FTS5 search: the MATCH expressions
// compileQuery writes, the items a search returns, and what the highlighter marks.
import type { Item } from '@presswatch/domain';
import { createHighlighter, parseQuery } from '@presswatch/query';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStorage } from '../src/index.ts';
import { compileQuery } from '../src/search/compile-query.ts';
import { resegmentItems } from '../src/search/resegment-migration.ts';
import { tempStorage } from './helpers.ts';

const params = (query: string) => compileQuery(parseQuery(query)!).where.params;

describe('compileQuery: NEAR', () => {
  it('writes an FTS5 NEAR group on the exact columns when every operand is exact', () => {
    expect(params('biển NEAR/3 "Hoàng Sa"')).toEqual(['{title text} : NEAR("biển" "hoàng sa", 3)']);
  });

  it('puts every operand in the folded form when any is folded, keeping prefixes', () => {
    expect(params('biển NEAR/2 dao*')).toEqual(['{title_folded text_folded} : NEAR("bien" "dao" *, 2)']);
  });

  it('scopes the group to one column', () => {
    expect(params('title:(bien NEAR/0 dao) -cang')).toEqual([
      '((title_folded : NEAR("bien" "dao", 0))) NOT (({title_folded text_folded} : "cang"))',
    ]);
  });

  it('writes a Chinese word as its bigrams', () => {
    expect(params('西沙群岛')).toEqual(['{title_folded text_folded} : "西沙 沙群 群岛"']);
  });
});

function item(id: string, title: string, text: string): Item {
  return {
    id,
    url: `https://news.example/${id}`,
    canonicalUrl: `https://news.example/${id}`,
    sourceId: 'example',
    sourceName: 'Example',
    title,
    byline: null,
    publishedAt: '2025-07-01T08:00:00.000Z',
    fetchedAt: '2025-07-01T09:00:00.000Z',
    language: null,
    country: null,
    domestic: false,
    text,
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
  };
}

// Fictional text written for this test.
const ITEMS = [
  item('zh-1', '渔船在西沙群岛附近作业', '南海问题再次引起关注'),
  item('zh-2', '越南代表团访问北京', '双方讨论经贸合作'),
  item('th-1', 'ข่าวชายแดน', 'ประเทศไทยมีชายแดนติดกับลาว'),
  item('lo-1', 'ຂ່າວ', 'ລາວມີຊາຍແດນຕິດກັບຫວຽດນາມ'),
  item('vi-1', 'Ngư dân bám biển', 'Tàu cá ra khơi gần quần đảo Hoàng Sa của Việt Nam'),
  item('vi-2', 'Biển và đảo', 'Biển rất đẹp, còn đảo thì ở rất xa, cách bờ nhiều hải lý'),
];

let storage: SqliteStorage;
let cleanup: () => void;

beforeAll(async () => {
  ({ storage, cleanup } = tempStorage());
  await storage.items.upsertMany(ITEMS);
  await storage.search.indexMany(ITEMS);
});

afterAll(() => cleanup());

async function ids(query: string): Promise<string[]> {
  const found = await storage.search.search({ query: parseQuery(query)!, limit: 100 });
  return found.hits.map((hit) => hit.item.id).sort();
}

describe('search: scripts written without spaces', () => {
  it('finds a Chinese word inside a longer run', async () => {
    expect(await ids('西沙')).toEqual(['zh-1']);
    expect(await ids('南海')).toEqual(['zh-1']);
    expect(await ids('西沙群岛')).toEqual(['zh-1']);
    expect(await ids('title:南海')).toEqual([]);
  });

  it('does not find characters that are not adjacent', async () => {
    expect(await ids('西岛')).toEqual([]);
  });

  it('finds Thai and Lao words inside unspaced text', async () => {
    expect(await ids('ชายแดน')).toEqual(['th-1']);
    expect(await ids('ຊາຍແດນ')).toEqual(['lo-1']);
  });
});

describe('search: NEAR/n', () => {
  it('matches within the distance and not beyond it', async () => {
    expect(await ids('bien NEAR/3 dao')).toEqual(['vi-2']);
    expect(await ids('"quan dao" NEAR/1 khoi')).toEqual(['vi-1']);
    expect(await ids('"quan dao" NEAR/0 khoi')).toEqual([]);
  });

  it('needs every operand in one field', async () => {
    expect(await ids('"ngu dan" NEAR/10 "hoang sa"')).toEqual([]);
    expect(await ids('text:(tau NEAR/10 "hoang sa")')).toEqual(['vi-1']);
  });

  it('highlights the operand instances of the group', async () => {
    const highlight = createHighlighter(compileQuery(parseQuery('biển NEAR/2 đảo')!).texts);
    expect(highlight(ITEMS[5]!)).toEqual({ title: '<mark>Biển</mark> và <mark>đảo</mark>' });
    const folded = createHighlighter(compileQuery(parseQuery('khoi NEAR/1 "quan dao"')!).texts);
    expect(folded(ITEMS[4]!)?.text).toBe(
      'Tàu cá ra <mark>khơi</mark> gần <mark>quần đảo</mark> Hoàng Sa của Việt Nam',
    );
  });

  it('marks the matched characters of a Chinese run, and Thai words', async () => {
    const highlight = createHighlighter(compileQuery(parseQuery('南海')!).texts);
    expect(highlight(ITEMS[0]!)).toEqual({ text: '<mark>南海</mark>问题再次引起关注' });
    const longer = createHighlighter(compileQuery(parseQuery('西沙群岛 OR 海')!).texts);
    expect(longer(ITEMS[0]!)).toEqual({ title: '渔船在<mark>西沙群岛</mark>附近作业' });
    const thai = createHighlighter(compileQuery(parseQuery('ชายแดน')!).texts);
    expect(thai(ITEMS[2]!)).toEqual({
      title: 'ข่าว<mark>ชายแดน</mark>',
      text: 'ประเทศไทยมี<mark>ชายแดน</mark>ติดกับลาว',
    });
  });
});

describe('resegmentItems (the migration for stores indexed before segmentation)', () => {
  it('rewrites the FTS rows of items in those scripts so they are found', async () => {
    const { storage: old, path, cleanup: close } = tempStorage();
    try {
      const items = [ITEMS[0]!, ITEMS[4]!];
      await old.items.upsertMany(items);
      const db = new Database(path);
      try {
        // The FTS row as the unsegmented index wrote it.
        db.prepare(
          'UPDATE items_fts SET title = ?, title_folded = ?, text = ?, text_folded = ? WHERE rowid = (SELECT seq FROM items WHERE id = ?)',
        ).run(ITEMS[0]!.title, ITEMS[0]!.title, ITEMS[0]!.text, ITEMS[0]!.text, 'zh-1');
        const search = async (q: string) =>
          (await old.search.search({ query: parseQuery(q)!, limit: 10 })).hits.map((hit) => hit.item.id);
        expect(await search('南海')).toEqual([]);
        expect(db.transaction(() => resegmentItems(db)).immediate()).toBe(1);
        expect(await search('南海')).toEqual(['zh-1']);
        expect(await search('"quan dao"')).toEqual(['vi-1']);
      } finally {
        db.close();
      }
    } finally {
      close();
    }
  });
});
