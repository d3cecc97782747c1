// Sitemaps from the fixture web (real HTTP on 127.0.0.1): urlset, Google News, index, a gzip'd
// file; then what the parser refuses and what the recent-entry filter keeps.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITEMAP_PATHS } from '../../../tests/fixture-web/extra/index.ts';
import { type FixtureWeb, startFixtureWeb } from '../../../tests/fixture-web/index.ts';
import {
  isGzip,
  parseSitemap,
  SitemapParseError,
  selectChildSitemaps,
  selectRecentEntries,
  sitemapText,
} from '../src/index.ts';

let web: FixtureWeb;
const now = new Date();

beforeAll(async () => {
  web = await startFixtureWeb({ now });
});
afterAll(() => web.close());

async function bytesOf(path: string): Promise<Uint8Array> {
  const response = await fetch(`${web.url}${path}`);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

async function sitemapAt(path: string) {
  const url = `${web.url}${path}`;
  return parseSitemap(sitemapText(await bytesOf(path), url, 1_000_000), url, { now });
}

describe('parseSitemap', () => {
  it('reads a urlset: every <loc> with its lastmod, image tags ignored', async () => {
    const parsed = await sitemapAt(SITEMAP_PATHS.urlset);
    if (parsed.kind !== 'urlset') throw new Error(`expected a urlset, got ${parsed.kind}`);
    const urls = parsed.entries.map((e) => e.url);
    expect(urls).toEqual([
      ...web.articles.map((a) => a.url),
      ...urls.filter((u) => u.includes('/archive/2019/')),
    ]);
    expect(urls.filter((u) => u.includes('/archive/2019/'))).toHaveLength(3);
    expect(urls.some((u) => u.endsWith('.jpg'))).toBe(false);
    const first = web.articles[0]!;
    expect(parsed.entries[0]).toEqual({ url: first.url, lastModified: first.publishedAt, news: null });
  });

  it('reads Google News hints: title, publication date, language, publication name', async () => {
    const parsed = await sitemapAt(SITEMAP_PATHS.news);
    if (parsed.kind !== 'urlset') throw new Error('expected a urlset');
    const articles = web.articles.filter((a) => a.outlet === 'quang-tri-moi');
    expect(parsed.entries).toHaveLength(articles.length);
    expect(parsed.entries[0]!.news).toEqual({
      title: articles[0]!.title,
      publishedAt: articles[0]!.publishedAt,
      language: 'vi',
      publication: 'Báo Quảng Trị Mới',
    });
  });

  it('reads a sitemap index, and picks its recent children newest first', async () => {
    const parsed = await sitemapAt(SITEMAP_PATHS.index);
    if (parsed.kind !== 'index') throw new Error('expected an index');
    expect(parsed.sitemaps.map((s) => new URL(s.url).pathname)).toEqual([
      SITEMAP_PATHS.archive,
      SITEMAP_PATHS.news,
      SITEMAP_PATHS.gzipped,
    ]);
    const chosen = selectChildSitemaps(parsed.sitemaps, { now, maxAgeDays: 2, limit: 5 });
    expect(chosen.map((s) => new URL(s.url).pathname)).toEqual([SITEMAP_PATHS.news, SITEMAP_PATHS.gzipped]);
    expect(selectChildSitemaps(parsed.sitemaps, { now, maxAgeDays: 2, limit: 1 })).toHaveLength(1);
  });

  it('gunzips a .xml.gz file served as application/x-gzip', async () => {
    const bytes = await bytesOf(SITEMAP_PATHS.gzipped);
    expect(isGzip(bytes)).toBe(true);
    const parsed = await sitemapAt(SITEMAP_PATHS.gzipped);
    if (parsed.kind !== 'urlset') throw new Error('expected a urlset');
    expect(parsed.entries.map((e) => e.url)).toEqual(
      web.articles.filter((a) => a.outlet === 'mekong-ledger').map((a) => a.url),
    );
  });

  it('reads a plain-text sitemap (one URL per line)', () => {
    const parsed = parseSitemap(
      'https://example.org/a\n\nhttps://example.org/b\n',
      'https://example.org/s.txt',
    );
    expect(parsed).toEqual({
      kind: 'urlset',
      entries: [
        { url: 'https://example.org/a', lastModified: null, news: null },
        { url: 'https://example.org/b', lastModified: null, news: null },
      ],
    });
  });

  it('refuses an HTML page, other XML and an empty body with a clear error', () => {
    const url = 'https://example.org/sitemap.xml';
    expect(() => parseSitemap('<!DOCTYPE html><html><body>Trang chủ</body></html>', url)).toThrow(
      /Not a sitemap: root element <html>/,
    );
    expect(() => parseSitemap('<rss version="2.0"><channel/></rss>', url)).toThrow(SitemapParseError);
    expect(() => parseSitemap('  ', url)).toThrow(/empty/);
  });

  it('stops a gzip bomb at the size cap', () => {
    const bomb = gzipSync(Buffer.alloc(4_000_000, 0x20));
    expect(() => sitemapText(bomb, 'https://example.org/s.xml.gz', 1_000_000)).toThrow(
      /more than 1000000 bytes once decompressed/,
    );
  });
});

describe('selectRecentEntries', () => {
  it('drops archive entries, keeps the newest first and respects the cap', async () => {
    const parsed = await sitemapAt(SITEMAP_PATHS.urlset);
    if (parsed.kind !== 'urlset') throw new Error('expected a urlset');
    const recent = selectRecentEntries(parsed.entries, { now, maxAgeDays: 2, limit: 100 });
    expect(recent.map((e) => e.url)).toEqual(web.articles.map((a) => a.url));
    const capped = selectRecentEntries(parsed.entries, { now, maxAgeDays: 2, limit: 3 });
    expect(capped.map((e) => e.url)).toEqual(web.articles.slice(0, 3).map((a) => a.url));
    // 24 h keeps only the articles published within a day.
    const day = selectRecentEntries(parsed.entries, { now, maxAgeDays: 1, limit: 100 });
    const withinDay = web.articles.filter((a) => now.getTime() - Date.parse(a.publishedAt) <= 86_400_000);
    expect(day.map((e) => e.url)).toEqual(withinDay.map((a) => a.url));
  });

  it('keeps undated entries after dated ones unless told not to', () => {
    const entries = [
      { url: 'https://e.org/undated', lastModified: null, news: null },
      { url: 'https://e.org/new', lastModified: now.toISOString(), news: null },
    ];
    expect(selectRecentEntries(entries, { now, maxAgeDays: 2, limit: 10 }).map((e) => e.url)).toEqual([
      'https://e.org/new',
      'https://e.org/undated',
    ]);
    expect(selectRecentEntries(entries, { now, maxAgeDays: 2, limit: 10, keepUndated: false })).toHaveLength(
      1,
    );
  });
});
