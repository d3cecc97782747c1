// The ItemStore + SearchIndex contract. Every adapter runs the same tests against its real
// backend: add a factory to ADAPTERS (e.g. the search-engine adapter of the distributed mode) and
// nothing below changes. Each test gets a fresh, empty backend of its own (the search-engine
// adapters: a fresh index prefix on the test node, over the OpenSearch client and over the
// Elasticsearch client through the compatibility proxy).
import {
  InvalidCursorError,
  type Item,
  type ItemStore,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
} from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { openSearchEngineStorage } from '@presswatch/storage-search';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type EngineTarget,
  engineTargets,
  freshEnginePrefix,
  reportMissingSearchNode,
  scratchDatabase,
} from './support/store-backends.ts';

interface ItemBackend {
  items: ItemStore;
  search: SearchIndex;
  /** Makes writes visible to search (a search engine's refresh); a no-op where writes are immediate. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

interface AdapterFactory {
  name: string;
  open(): Promise<ItemBackend>;
}

const sqlite: AdapterFactory = {
  name: 'sqlite',
  async open() {
    const db = scratchDatabase('items');
    const storage = openSqliteStorage({ path: db.path });
    return {
      items: storage.items,
      search: storage.search,
      settle: async () => {},
      close: async () => {
        storage.close();
        db.remove();
      },
    };
  },
};

function searchEngine({ engine, url }: EngineTarget): AdapterFactory {
  return {
    name: `search-engine (${engine} client)`,
    async open() {
      const prefix = await freshEnginePrefix();
      const storage = await openSearchEngineStorage({ url, engine, prefix, replicas: 0 });
      return {
        items: storage.items,
        search: storage.search,
        settle: () => storage.refresh(),
        close: async () => {
          await storage.dropIndices();
          await storage.close();
        },
      };
    },
  };
}

const ADAPTERS: AdapterFactory[] = [sqlite, ...engineTargets().map(searchEngine)];

// Without a search node (and CI not set: under CI the global setup fails instead), say so.
reportMissingSearchNode('ItemStore + SearchIndex contract');

let serial = 0;

function makeItem(overrides: Partial<Item> & { id: string }): Item {
  serial++;
  return {
    url: `https://news.example/${overrides.id}`,
    canonicalUrl: `https://news.example/${overrides.id}`,
    sourceId: 'tuoitre',
    sourceName: 'Tuổi Trẻ',
    title: `Tin số ${serial}`,
    byline: null,
    publishedAt: '2025-07-01T08:00:00.000Z',
    fetchedAt: '2025-07-01T09:00:00.000Z',
    language: 'vi',
    country: 'vn',
    domestic: true,
    text: 'Nội dung bài báo.',
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
    ...overrides,
  };
}

/** A small corpus: sea vs border differ only by diacritics in their key word (biển / biên). */
const CORPUS: Item[] = [
  makeItem({
    id: 'sea',
    title: 'Bảo vệ chủ quyền biển đảo',
    text: 'Ngư dân Quảng Trị ra khơi đánh bắt ở vùng biển quanh đảo Cồn Cỏ.',
    publishedAt: '2025-07-05T02:00:00.000Z',
    topics: [{ topic: 'sea', score: 0.9, matched: ['biển đảo'] }],
    tone: -0.5,
    relevance: 0.9,
  }),
  makeItem({
    id: 'border',
    sourceId: 'vnexpress',
    sourceName: 'VnExpress',
    title: 'Tuần tra biên giới tại cửa khẩu Lao Bảo',
    text: 'Bộ đội biên phòng tuần tra cột mốc biên giới Việt – Lào.',
    publishedAt: '2025-07-04T02:00:00.000Z',
    topics: [{ topic: 'border', score: 0.8, matched: ['biên giới'] }],
    tone: 0.1,
    relevance: 0.5,
  }),
  makeItem({
    id: 'invest-title',
    sourceId: 'reuters',
    sourceName: 'Reuters',
    language: 'en',
    country: 'gb',
    domestic: false,
    title: 'Investment pours into Quang Tri economic zone',
    text: 'Foreign firms announced new factories near the port.',
    publishedAt: '2025-07-03T02:00:00.000Z',
    topics: [
      { topic: 'investment', score: 0.7, matched: ['investment'] },
      { topic: 'sea', score: 0.4, matched: ['port'] },
    ],
    // Band bounds: 0.2 is positive (≥ 0.2); 0.2 relevance is none (< 0.3).
    tone: 0.4,
    relevance: 0.2,
  }),
  makeItem({
    id: 'invest-text',
    sourceId: 'afp',
    sourceName: 'AFP',
    language: 'fr',
    country: 'fr',
    domestic: false,
    title: 'Le centre du Vietnam attire les capitaux',
    text: 'Les investissements étrangers et une investment fund visent la province.',
    publishedAt: null,
    fetchedAt: '2025-07-02T02:00:00.000Z',
  }),
  makeItem({
    id: 'nfd',
    title: 'Thủy điện Quảng Bình xả lũ'.normalize('NFD'),
    text: 'Người dân Đồng Hới được khuyến cáo về mưa lũ.'.normalize('NFD'),
    publishedAt: '2025-07-01T02:00:00.000Z',
    // On the lower bounds: positive from 0.2, high from 0.7.
    tone: 0.2,
    relevance: 0.7,
  }),
];

describe.each(ADAPTERS)('ItemStore + SearchIndex contract: $name', (adapter) => {
  let backend: ItemBackend;

  beforeEach(async () => {
    backend = await adapter.open();
  });

  afterEach(async () => {
    await backend.close();
  });

  async function save(items: Item[]): Promise<void> {
    await backend.items.upsertMany(items);
    await backend.search.indexMany(items);
    await backend.settle();
  }

  async function find(query: string, extra: Partial<SearchRequest> = {}): Promise<SearchResult> {
    return backend.search.search({ query: parseQuery(query), limit: 50, ...extra });
  }

  async function ids(query: string, extra: Partial<SearchRequest> = {}): Promise<string[]> {
    return (await find(query, extra)).hits.map((hit) => hit.item.id);
  }

  const sorted = async (pending: Promise<string[]>) => (await pending).sort();

  describe('store', () => {
    it('stores a batch and reads every item back unchanged', async () => {
      await save(CORPUS);
      for (const item of CORPUS) expect(await backend.items.get(item.id)).toEqual(item);
      expect(await backend.items.get('missing')).toBeNull();
      expect(await backend.items.count()).toBe(CORPUS.length);
    });

    it('tells which ids are stored already', async () => {
      await save(CORPUS.slice(0, 2));
      expect(await backend.items.existing(['sea', 'nope', 'border', 'invest-title'])).toEqual(
        new Set(['sea', 'border']),
      );
      expect(await backend.items.existing([])).toEqual(new Set());
    });

    it('replaces an item on re-upsert, in the store and in search', async () => {
      await save(CORPUS);
      const changed = { ...CORPUS[0]!, title: 'Ngư dân vươn khơi', text: 'Mùa cá mới.' };
      await save([changed]);
      expect(await backend.items.get('sea')).toEqual(changed);
      expect(await backend.items.count()).toBe(CORPUS.length);
      expect(await ids('"chủ quyền"')).toEqual([]);
      expect(await ids('vươn')).toEqual(['sea']);
    });

    it('deletes items from the store and from search', async () => {
      await save(CORPUS);
      await backend.items.delete(['sea']);
      await backend.settle();
      expect(await backend.items.get('sea')).toBeNull();
      expect(await ids('bien')).toEqual(['border']);
      expect((await find('')).total).toBe(CORPUS.length - 1);
    });

    it('removes items from search with SearchIndex.remove', async () => {
      await save(CORPUS);
      await backend.search.remove(['border']);
      await backend.settle();
      expect(await ids('bien')).toEqual(['sea']);
      expect((await find('')).total).toBe(CORPUS.length - 1);
    });
  });

  describe('text matching', () => {
    beforeEach(async () => {
      await save(CORPUS);
    });

    it('matches a word typed with diacritics exactly, not a word differing only by diacritics', async () => {
      expect(await ids('biển')).toEqual(['sea']);
      expect(await ids('biên')).toEqual(['border']);
      expect(await ids('BIÊN')).toEqual(['border']);
    });

    it('matches a word typed without diacritics in every spelling', async () => {
      expect(await sorted(ids('bien'))).toEqual(['border', 'sea']);
      expect(await ids('dong hoi')).toEqual(['nfd']);
    });

    it('finds decomposed (NFD) text with an NFC query, and the reverse', async () => {
      expect(await ids('thủy điện')).toEqual(['nfd']);
      expect(await ids('Đồng Hới')).toEqual(['nfd']);
      expect(await ids('Quảng Bình'.normalize('NFD'))).toEqual(['nfd']);
      expect(await ids('thuy dien')).toEqual(['nfd']);
    });

    it('matches tone marks in either placement style', async () => {
      expect(await ids('thuỷ điện')).toEqual(['nfd']);
    });

    it('matches phrases in order only', async () => {
      expect(await ids('"biên giới"')).toEqual(['border']);
      expect(await ids('"giới biên"')).toEqual([]);
      expect(await ids('"Lao Bảo"')).toEqual(['border']);
    });

    it('supports OR', async () => {
      expect(await sorted(ids('Cồn OR "Lao Bảo"'))).toEqual(['border', 'sea']);
    });

    it('supports NOT and -term, inside a query and alone', async () => {
      expect(await ids('bien -biển')).toEqual(['border']);
      expect(await ids('bien AND NOT "biên giới"')).toEqual(['sea']);
      expect(await sorted(ids('NOT bien'))).toEqual(['invest-text', 'invest-title', 'nfd']);
      expect(await sorted(ids('bien OR NOT vietnam'))).toEqual(['border', 'invest-title', 'nfd', 'sea']);
    });

    it('supports a suffix wildcard, exact or folded', async () => {
      expect(await sorted(ids('invest*'))).toEqual(['invest-text', 'invest-title']);
      expect(await ids('biể*')).toEqual(['sea']);
      expect(await sorted(ids('bie*'))).toEqual(['border', 'sea']);
    });

    it('scopes words to the title with title:', async () => {
      expect(await sorted(ids('investment'))).toEqual(['invest-text', 'invest-title']);
      expect(await ids('title:investment')).toEqual(['invest-title']);
      expect(await ids('text:investment')).toEqual(['invest-text']);
    });

    it('matches source: by id or name, case-insensitively, and lang:', async () => {
      expect(await ids('source:vnexpress')).toEqual(['border']);
      expect(await sorted(ids('source:"tuổi trẻ"'))).toEqual(['nfd', 'sea']);
      expect(await ids('source:TUOITRE bien')).toEqual(['sea']);
      expect(await ids('lang:en')).toEqual(['invest-title']);
      expect(await sorted(ids('lang:en OR bien'))).toEqual(['border', 'invest-title', 'sea']);
      expect(await ids('topic:border')).toEqual(['border']);
    });
  });

  describe('filters, sorting and paging', () => {
    beforeEach(async () => {
      await save(CORPUS);
    });

    it('filters by language, country, domestic and source', async () => {
      expect(await ids('', { filters: { languages: ['en', 'fr'] } })).toEqual([
        'invest-title',
        'invest-text',
      ]);
      expect(await ids('', { filters: { countries: ['vn'], sourceIds: ['vnexpress'] } })).toEqual(['border']);
      expect(await ids('', { filters: { domestic: false } })).toEqual(['invest-title', 'invest-text']);
      expect(await ids('bien', { filters: { domestic: true, languages: ['vi'] } })).toEqual([
        'sea',
        'border',
      ]);
    });

    it('filters by topic, tone band and relevance band (unscored items match no band)', async () => {
      expect(await ids('', { filters: { topics: ['sea'] } })).toEqual(['sea', 'invest-title']);
      expect(await ids('', { filters: { topics: ['border', 'investment'] } })).toEqual([
        'border',
        'invest-title',
      ]);
      expect(await ids('', { filters: { tones: ['positive'] } })).toEqual(['invest-title', 'nfd']);
      expect(await ids('', { filters: { tones: ['negative', 'neutral'] } })).toEqual(['sea', 'border']);
      expect(await ids('', { filters: { relevance: ['high'] } })).toEqual(['sea', 'nfd']);
      expect(await ids('', { filters: { relevance: ['none'] } })).toEqual(['invest-title']);
      expect(await ids('', { filters: { relevance: ['some', 'high'] } })).toEqual(['sea', 'border', 'nfd']);
      expect(await ids('', { filters: { topics: ['sea'], tones: ['positive'] } })).toEqual(['invest-title']);
      expect(await ids('bien', { filters: { tones: ['neutral'], relevance: ['some'] } })).toEqual(['border']);
    });

    it('filters by an inclusive date range on published time, fetched time when unknown', async () => {
      const range = { from: '2025-07-02T02:00:00.000Z', to: '2025-07-04T02:00:00.000Z' };
      expect(await ids('', { filters: range })).toEqual(['border', 'invest-title', 'invest-text']);
      expect(await ids('', { filters: { from: '2025-07-04T09:00:00+07:00' } })).toEqual(['sea', 'border']);
    });

    it('sorts by time, newest first, ties broken by id', async () => {
      const same = '2025-08-01T00:00:00.000Z';
      await save([
        makeItem({ id: 'tie-a', publishedAt: same }),
        makeItem({ id: 'tie-b', publishedAt: same }),
      ]);
      const order = await ids('', { sort: 'time' });
      expect(order).toEqual(['tie-b', 'tie-a', 'sea', 'border', 'invest-title', 'invest-text', 'nfd']);
    });

    it('sorts by relevance: a title hit ranks above a body hit, whatever their dates', async () => {
      await save([
        makeItem({ id: 'port-body', title: 'Tin kinh tế', text: 'Dự án cảng nước sâu được khởi công.' }),
        makeItem({
          id: 'port-title',
          title: 'Khởi công cảng Mỹ Thủy',
          text: 'Dự án được khởi công.',
          publishedAt: '2025-01-01T00:00:00.000Z',
        }),
      ]);
      expect(await ids('cảng', { sort: 'time' })).toEqual(['port-body', 'port-title']);
      const result = await find('cảng', { sort: 'relevance' });
      expect(result.hits.map((hit) => hit.item.id)).toEqual(['port-title', 'port-body']);
      const [best, second] = result.hits.map((hit) => hit.score);
      expect(best).toBeGreaterThan(second!);
    });

    it('visits every hit exactly once across pages, in a stable order', async () => {
      const many = Array.from({ length: 23 }, (_, n) =>
        makeItem({
          id: `page-${String(n).padStart(2, '0')}`,
          title: n % 3 === 0 ? 'Biển đảo quê hương' : 'Tin biển',
          text: 'biển '.repeat((n % 4) + 1),
          // Groups of three share a timestamp, so ties must be broken consistently.
          publishedAt: new Date(Date.UTC(2025, 5, 1 + Math.floor(n / 3))).toISOString(),
        }),
      );
      await save(many);
      for (const sort of ['time', 'relevance'] as const) {
        const all = await ids('biển', { sort, limit: 100 });
        expect(all).toHaveLength(24);
        const visited: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: SearchResult = await find('biển', { sort, limit: 5, cursor });
          expect(page.total).toBe(24);
          visited.push(...page.hits.map((hit) => hit.item.id));
          cursor = page.nextCursor;
          pages++;
        } while (cursor);
        expect(pages).toBe(5);
        expect(visited).toEqual(all);
        expect(new Set(visited).size).toBe(24);
      }
    });

    it('rejects a cursor it did not issue, or one from another search', async () => {
      await expect(find('bien', { cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidCursorError);
      const forged = Buffer.from(JSON.stringify({ after: 1 })).toString('base64url');
      await expect(find('bien', { cursor: forged })).rejects.toBeInstanceOf(InvalidCursorError);
      const first = await find('', { limit: 1 });
      expect(first.nextCursor).toBeTruthy();
      await expect(find('bien', { limit: 1, cursor: first.nextCursor })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
      await expect(
        find('', { limit: 1, sort: 'relevance', cursor: first.nextCursor }),
      ).rejects.toBeInstanceOf(InvalidCursorError);
    });
  });

  describe('facets and highlights', () => {
    beforeEach(async () => {
      await save(CORPUS);
    });

    it('counts facets over the whole match set, not the page', async () => {
      const result = await find('', { limit: 1, facets: ['source', 'language', 'country', 'domestic'] });
      expect(result.total).toBe(5);
      expect(result.facets.source).toEqual([
        { value: 'tuoitre', count: 2 },
        { value: 'afp', count: 1 },
        { value: 'reuters', count: 1 },
        { value: 'vnexpress', count: 1 },
      ]);
      expect(result.facets.language).toEqual([
        { value: 'vi', count: 3 },
        { value: 'en', count: 1 },
        { value: 'fr', count: 1 },
      ]);
      expect(result.facets.country).toEqual([
        { value: 'vn', count: 3 },
        { value: 'fr', count: 1 },
        { value: 'gb', count: 1 },
      ]);
      expect(result.facets.domestic).toEqual([
        { value: 'true', count: 3 },
        { value: 'false', count: 2 },
      ]);
      const narrowed = await find('bien', { limit: 1, facets: ['source'] });
      expect(narrowed.facets.source).toEqual([
        { value: 'tuoitre', count: 1 },
        { value: 'vnexpress', count: 1 },
      ]);
    });

    it('counts topics once per item and topic, and tone and relevance per band in band order', async () => {
      const result = await find('', { limit: 1, facets: ['topic', 'tone', 'relevance', 'source'] });
      expect(result.total).toBe(5);
      expect(result.facets.topic).toEqual([
        { value: 'sea', count: 2 },
        { value: 'border', count: 1 },
        { value: 'investment', count: 1 },
      ]);
      expect(result.facets.tone).toEqual([
        { value: 'negative', count: 1 },
        { value: 'neutral', count: 1 },
        { value: 'positive', count: 2 },
      ]);
      expect(result.facets.relevance).toEqual([
        { value: 'high', count: 2 },
        { value: 'some', count: 1 },
        { value: 'none', count: 1 },
      ]);
      expect(result.facets.source?.[0]).toEqual({ value: 'tuoitre', count: 2 });
      const narrowed = await find('bien', { limit: 1, facets: ['topic', 'tone', 'relevance'] });
      expect(narrowed.facets.topic).toEqual([
        { value: 'border', count: 1 },
        { value: 'sea', count: 1 },
      ]);
      expect(narrowed.facets.tone).toEqual([
        { value: 'negative', count: 1 },
        { value: 'neutral', count: 1 },
      ]);
      expect(narrowed.facets.relevance).toEqual([
        { value: 'high', count: 1 },
        { value: 'some', count: 1 },
      ]);
      const filtered = await find('', { filters: { topics: ['sea'] }, facets: ['tone'] });
      expect(filtered.facets.tone).toEqual([
        { value: 'negative', count: 1 },
        { value: 'positive', count: 1 },
      ]);
    });

    it('wraps matches in <mark>, for exact and folded words', async () => {
      const [exact] = (await find('biển', { highlight: true })).hits;
      expect(exact!.highlights?.title).toBe('Bảo vệ chủ quyền <mark>biển</mark> đảo');
      expect(exact!.highlights?.text).toContain('vùng <mark>biển</mark> quanh');
      const folded = await find('"bien gioi"', { highlight: true });
      expect(folded.hits[0]!.highlights?.title).toBe('Tuần tra <mark>biên giới</mark> tại cửa khẩu Lao Bảo');
    });

    it('escapes HTML from the item text', async () => {
      await save([
        makeItem({
          id: 'xss',
          title: 'Cảnh báo <img src=x onerror=alert(1)> lừa đảo',
          text: 'Trang giả mạo chèn <script>alert("lừa đảo")</script> vào bài & lan truyền.',
        }),
      ]);
      const [hit] = (await find('"lừa đảo"', { highlight: true })).hits;
      expect(hit!.highlights?.title).toBe('Cảnh báo &lt;img src=x onerror=alert(1)&gt; <mark>lừa đảo</mark>');
      expect(hit!.highlights?.text).toContain(
        '&lt;script&gt;alert(&quot;<mark>lừa đảo</mark>&quot;)&lt;/script&gt;',
      );
      expect(hit!.highlights?.text).toContain('&amp; lan');
      expect(hit!.highlights?.text).not.toMatch(/<(?!\/?mark>)/);
    });
  });
});
