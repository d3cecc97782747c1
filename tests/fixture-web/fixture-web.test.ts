// The fixture web serves what it says, and packages/ingest reads it over real HTTP.
import {
  canonicalizeUrl,
  createHttpClient,
  extractArticle,
  FeedParseError,
  FetchError,
  type HttpClient,
  httpFetch,
  parseFeed,
} from '@presswatch/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_ARTICLES,
  type FixtureWeb,
  MEKONG_LEDGER_ARTICLES,
  QUANG_TRI_MOI_ARTICLES,
  SONG_NHAT_LE_ARTICLES,
  startFixtureWeb,
} from './index.ts';

const http = { userAgent: 'PressWatchTest/1.0', timeoutMs: 5_000, maxBytes: 2_000_000 };
const get = (url: string, extra: { etag?: string | null; lastModified?: string | null } = {}) =>
  httpFetch(url, { ...http, ...extra, client });

let web: FixtureWeb;
let client: HttpClient;

beforeAll(async () => {
  web = await startFixtureWeb();
  // The fixture webs of this file are on loopback: allow it past the SSRF guard.
  client = createHttpClient({ allow: ['127.0.0.1'], perHostDelayMs: 0, perHostConcurrency: 8 });
});

afterAll(async () => {
  await client?.close();
  await web?.close();
});

describe('fixture web', () => {
  it('lists its feeds with what a source registration needs', () => {
    expect(web.url).toBe(`http://127.0.0.1:${web.port}`);
    expect(web.feeds.map((f) => [f.name, f.format, f.language, f.country, f.domestic])).toEqual([
      ['quang-tri-moi', 'rss', 'vi', 'vn', true],
      ['song-nhat-le', 'atom', 'vi', 'vn', true],
      ['mekong-ledger', 'rss', 'en', 'sg', false],
    ]);
    expect(web.articles).toHaveLength(FIXTURE_ARTICLES.length);
  });

  it('serves each feed, and parseFeed finds every article of it with a canonicalisable link', async () => {
    const expected = {
      'quang-tri-moi': QUANG_TRI_MOI_ARTICLES,
      'song-nhat-le': SONG_NHAT_LE_ARTICLES,
      'mekong-ledger': MEKONG_LEDGER_ARTICLES,
    };
    for (const feed of web.feeds) {
      const res = await get(feed.url);
      expect(res.headers.contentType).toMatch(feed.format === 'atom' ? /atom\+xml/ : /rss\+xml/);
      const parsed = await parseFeed(res.body, res.url);
      expect(parsed.title).toContain(feed.title);
      const titles = expected[feed.name].map((a) => a.title);
      expect(parsed.entries.map((e) => e.title).sort()).toEqual([...titles].sort());
      for (const entry of parsed.entries) {
        const served = web.articles.find((a) => a.title === entry.title)!;
        expect(entry.url).toBe(served.feedLink);
        expect(entry.url).toMatch(/[?&]utm_source=/);
        expect(canonicalizeUrl(entry.url)).toBe(served.url);
        expect(entry.publishedAt).toBe(served.publishedAt);
        expect(entry.author).toBe(served.article.byline);
        expect(entry.summary).toBe(served.article.summary);
      }
    }
  });

  it('answers a conditional GET with 304 on a matching ETag or Last-Modified, and counts requests', async () => {
    const feed = web.feeds[0]!;
    const before = web.requests(feed.url);
    const first = await get(feed.url);
    expect(first.headers.etag).toMatch(/^".+"$/);
    expect(first.headers.lastModified).not.toBeNull();
    const byEtag = await get(feed.url, { etag: first.headers.etag });
    expect([byEtag.status, byEtag.notModified, byEtag.body]).toEqual([304, true, '']);
    const byDate = await get(feed.url, { lastModified: first.headers.lastModified });
    expect(byDate.notModified).toBe(true);
    const staleEtag = await get(feed.url, {
      etag: '"something-else"',
      lastModified: first.headers.lastModified,
    });
    expect(staleEtag.status).toBe(200);
    expect(web.requests(feed.url)).toBe(before + 4);
    expect(web.requests(new URL(feed.url).pathname)).toBe(before + 4);
  });

  it('serves pages that extractArticle reads: title, byline, date, language, canonical URL, body only', async () => {
    for (const served of web.articles) {
      const { article } = served;
      const res = await get(served.feedLink);
      const extracted = extractArticle(res.body, res.url);
      const text = extracted.text.normalize('NFC');
      expect(extracted.title?.normalize('NFC')).toBe(article.title);
      expect(extracted.byline?.normalize('NFC')).toBe(article.byline);
      expect(extracted.publishedAt).toBe(served.publishedAt);
      expect(extracted.language).toBe(served.language);
      expect(extracted.canonicalUrl).toBe(served.url);
      for (const paragraph of article.paragraphs) expect(text).toContain(paragraph);
      // Page chrome, related box, tags, captions and comments stay out.
      for (const other of web.articles.filter((a) => a !== served)) expect(text).not.toContain(other.title);
      for (const comment of article.comments ?? []) expect(text).not.toContain(comment.text);
      for (const noise of [
        'Tin liên quan',
        'Related stories',
        'Ảnh minh họa',
        'File photo',
        'fictional',
        'hư cấu',
      ]) {
        expect(text).not.toContain(noise);
      }
      expect(text).not.toContain(article.tags.join(' '));
    }
  });

  it('serves one page in decomposed Unicode and one with old-style tone marks', async () => {
    const nfd = web.articles.find((a) => a.article.form === 'nfd')!;
    // The raw bytes as served (our safe-fetch client normalises to NFC, so read them with plain fetch).
    const page = await (await fetch(nfd.url)).text();
    expect(page).toBe(page.normalize('NFD'));
    expect(page).not.toContain(nfd.title);
    expect(page).toContain(nfd.title.normalize('NFD'));

    const oldTone = web.articles.find((a) => a.article.form === 'old-tone')!;
    const text = extractArticle((await get(oldTone.url)).body, oldTone.url).text;
    expect(text).toContain('thuỷ sản');
    expect(text).toContain('Uỷ ban');
    expect(text).not.toContain('thủy');
  });

  it("has each article's keywords in its title or body, in canonical form", () => {
    const modern: Record<string, string> = { thuỷ: 'thủy', uỷ: 'ủy', hoà: 'hòa', khoẻ: 'khỏe', toà: 'tòa' };
    for (const article of FIXTURE_ARTICLES) {
      const words = [article.title, ...article.paragraphs].join(' ').toLowerCase();
      const canonical = words.replace(/\p{L}+/gu, (w) => modern[w] ?? w);
      for (const keyword of article.keywords) expect(canonical).toContain(keyword.toLowerCase());
    }
  });

  it('serves the error paths: a 500 feed and an HTML page as a feed', async () => {
    const broken = await get(web.brokenFeedUrl).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(FetchError);
    expect([(broken as FetchError).kind, (broken as FetchError).status]).toEqual(['http', 500]);

    const notAFeed = await get(web.notAFeedUrl);
    expect(notAFeed.headers.contentType).toMatch(/rss\+xml/);
    await expect(parseFeed(notAFeed.body, notAFeed.url)).rejects.toThrow(FeedParseError);
    await expect(parseFeed(notAFeed.body, notAFeed.url)).rejects.toThrow(/HTML page/);

    const missing = await get(`${web.url}/quang-tri-moi/khong-co.html`).catch((e: unknown) => e);
    expect((missing as FetchError).status).toBe(404);
  });

  it('serves an index and outlet home pages that link every article', async () => {
    const index = (await get(`${web.url}/`)).body;
    for (const feed of web.feeds) expect(index).toContain(feed.url);
    for (const feed of web.feeds) {
      const home = (await get(feed.homeUrl)).body;
      for (const article of web.articles.filter((a) => a.outlet === feed.name))
        expect(home).toContain(article.url);
    }
  });
});

describe('fixture web addArticle', () => {
  let live: FixtureWeb;

  beforeAll(async () => {
    live = await startFixtureWeb({ now: new Date('2025-08-01T03:00:00Z') });
  });

  afterAll(async () => {
    await live?.close();
  });

  it('dates articles back from the given clock', () => {
    const first = QUANG_TRI_MOI_ARTICLES[0]!;
    const served = live.articles.find((a) => a.title === first.title)!;
    expect(served.publishedAt).toBe(
      new Date(Date.parse('2025-08-01T03:00:00Z') - first.hoursAgo * 3_600_000).toISOString(),
    );
  });

  it('publishes a new entry: the feed grows, its validators change, the page is served', async () => {
    const feed = live.feeds.find((f) => f.name === 'quang-tri-moi')!;
    const before = await get(feed.url);
    const countBefore = (await parseFeed(before.body, feed.url)).entries.length;

    const added = live.addArticle('quang-tri-moi', {
      title: 'Mở thêm luồng xanh cho xe chở nông sản qua cửa khẩu La Lay',
      paragraphs: [
        'Từ tuần sau, xe chở nông sản qua cửa khẩu La Lay được ưu tiên làm thủ tục ở một luồng riêng.',
        'Doanh nghiệp cho biết thời gian chờ có thể giảm gần một nửa.',
      ],
      keywords: ['La Lay', 'luồng xanh'],
    });
    expect(live.articles[0]).toBe(added);
    expect(added.url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/quang-tri-moi\/thoi-su\/mo-them-luong-xanh-.*\.html$/,
    );

    const byEtag = await get(feed.url, { etag: before.headers.etag });
    expect(byEtag.status).toBe(200);
    const byDate = await get(feed.url, { lastModified: before.headers.lastModified });
    expect(byDate.status).toBe(200);
    const entries = (await parseFeed(byEtag.body, feed.url)).entries;
    expect(entries).toHaveLength(countBefore + 1);
    expect(entries[0]?.title).toBe(added.title);
    expect(canonicalizeUrl(entries[0]!.url)).toBe(added.url);

    const page = extractArticle((await get(added.url)).body, added.url);
    expect(page.title).toBe(added.title);
    expect(page.text).toBe(added.article.paragraphs.join('\n\n'));
  });

  it('finds the feed by its title too, and refuses an unknown feed', async () => {
    const added = live.addArticle('The Mekong Ledger', {
      title: 'Ferry link to Con Co island resumes',
      paragraphs: ['Service resumed.'],
    });
    expect(added.language).toBe('en');
    const feed = live.feeds.find((f) => f.name === 'mekong-ledger')!;
    const entries = (await parseFeed((await get(feed.url)).body, feed.url)).entries;
    expect(entries.map((e) => e.title)).toContain('Ferry link to Con Co island resumes');
    expect(() => live.addArticle('no-such-feed', { title: 'x', paragraphs: [] })).toThrow(/no-such-feed/);
  });
});
