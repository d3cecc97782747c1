import { parseSource, type Source } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { OpmlParseError, parseOpml, sourceIdForUrl, sourcesFromOpml, sourcesToOpml } from '../src/index.ts';

// A feed reader's export: folders nested two deep, a hand-added PressWatch namespace under another
// prefix, and a few entries that cannot become sources.
const READER_OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0" xmlns:ps="urn:presswatch:opml:1">
  <head><title>Báo chí theo dõi</title></head>
  <body>
    <outline text="Trong nước">
      <outline text="Tỉnh" title="Tỉnh">
        <outline type="rss" text="Báo Ví Dụ" xmlUrl="https://bao.example.vn/rss/tin-moi.rss" htmlUrl="https://bao.example.vn/"
          language="vi-VN" category="thoi-su,/dia-phuong" ps:country="VN" ps:domestic="true" ps:minPollSeconds="120"/>
      </outline>
      <outline type="rss" text="Đài Ví Dụ" xmlUrl="https://dai.example.vn/feed" ps:id="dai-vi-du" ps:kind="feed"/>
    </outline>
    <outline text="Nước ngoài">
      <outline type="rss" title="Regional Example" xmlUrl="https://regional.example.com/asia.xml" ps:country="sg" ps:domestic="false" language="en"/>
      <outline type="rss" text="Không hợp lệ" xmlUrl="ftp://files.example.org/feed.xml"/>
      <outline type="rss" text="Quốc gia sai" xmlUrl="https://sai.example.org/rss" ps:country="Vietnam"/>
      <outline type="rss" text="Trùng" xmlUrl="https://dai2.example.vn/feed" ps:id="dai-vi-du"/>
      <outline type="link" text="Sơ đồ trang" url="https://bao.example.vn/sitemap.xml" ps:kind="sitemap"/>
    </outline>
    <outline text="Thư mục trống"/>
  </body>
</opml>`;

describe('parseOpml', () => {
  it('finds subscriptions at any depth with their attributes, categories and folders', () => {
    const document = parseOpml(READER_OPML);
    expect(document.title).toBe('Báo chí theo dõi');
    expect(document.outlines.map((o) => o.url)).toEqual([
      'https://bao.example.vn/rss/tin-moi.rss',
      'https://dai.example.vn/feed',
      'https://regional.example.com/asia.xml',
      'ftp://files.example.org/feed.xml',
      'https://sai.example.org/rss',
      'https://dai2.example.vn/feed',
      'https://bao.example.vn/sitemap.xml',
    ]);
    expect(document.outlines[0]).toEqual({
      position: 1,
      url: 'https://bao.example.vn/rss/tin-moi.rss',
      htmlUrl: 'https://bao.example.vn/',
      title: null,
      text: 'Báo Ví Dụ',
      type: 'rss',
      language: 'vi-VN',
      categories: ['thoi-su', 'dia-phuong', 'Trong nước', 'Tỉnh'],
      extension: { country: 'VN', domestic: 'true', minPollSeconds: '120' },
    });
  });

  it('refuses what is not OPML', () => {
    expect(() => parseOpml('<rss version="2.0"><channel/></rss>')).toThrow(OpmlParseError);
    expect(() => parseOpml('<opml version="2.0"><head/></opml>')).toThrow(/no <body>/);
    expect(() => parseOpml('')).toThrow(OpmlParseError);
  });
});

describe('sourcesFromOpml', () => {
  it('imports every valid entry and reports each rejected one with its reason', () => {
    const { sources, errors } = sourcesFromOpml(READER_OPML);
    expect(sources.map((s) => s.id)).toEqual([
      'bao-example-vn-rss-tin-moi-rss',
      'dai-vi-du',
      'regional-example-com-asia-xml',
      'bao-example-vn-sitemap-xml',
    ]);
    expect(sources[0]).toEqual(
      parseSource({
        id: 'bao-example-vn-rss-tin-moi-rss',
        name: 'Báo Ví Dụ',
        url: 'https://bao.example.vn/rss/tin-moi.rss',
        language: 'vi',
        country: 'vn',
        domestic: true,
        minPollSeconds: 120,
      }),
    );
    expect(sources[2]).toMatchObject({
      name: 'Regional Example',
      country: 'sg',
      domestic: false,
      language: 'en',
    });
    expect(sources[3]).toMatchObject({ kind: 'sitemap', url: 'https://bao.example.vn/sitemap.xml' });
    expect(errors.map((e) => [e.position, e.title])).toEqual([
      [4, 'Không hợp lệ'],
      [5, 'Quốc gia sai'],
      [6, 'Trùng'],
    ]);
    expect(errors[0]?.message).toMatch(/^url: /);
    expect(errors[1]?.message).toMatch(/^country: ISO 3166-1/);
    expect(errors[2]?.message).toBe('same id "dai-vi-du" as entry 2 (https://dai.example.vn/feed)');
  });
});

describe('sourceIdForUrl', () => {
  it('is a stable slug of host and path, with a hash when a query tells URLs apart', () => {
    expect(sourceIdForUrl('https://www.Example.vn/RSS/Thời-sự.rss')).toBe('example-vn-rss-thoi-su-rss');
    const vi = sourceIdForUrl(
      'https://news.google.com/rss/search?q=Qu%E1%BA%A3ng+Tr%E1%BB%8B&hl=vi&gl=VN&ceid=VN:vi',
    );
    const en = sourceIdForUrl('https://news.google.com/rss/search?q=Quang+Tri&hl=en-US&gl=US&ceid=US:en');
    expect(vi).toMatch(/^news-google-com-rss-search-[0-9a-f]{8}$/);
    expect(en).not.toBe(vi);
    expect(sourceIdForUrl('https://news.google.com/rss/search?q=Quang+Tri&hl=en-US&gl=US&ceid=US:en')).toBe(
      en,
    );
    const long = sourceIdForUrl(`https://example.org/${'a-very-long-path-segment/'.repeat(6)}feed.xml`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(() => parseSource({ id: long, name: 'x', url: 'https://example.org/' })).not.toThrow();
  });
});

describe('sourcesToOpml', () => {
  const sources: Source[] = [
    parseSource({
      id: 'bao-vi-du',
      name: 'Báo "Ví Dụ" & Đời sống',
      url: 'https://bao.example.vn/rss?a=1&b=2',
      country: 'vn',
      language: 'vi',
      minPollSeconds: 60,
      maxPollSeconds: 900,
    }),
    parseSource({
      id: 'trang-danh-sach',
      name: 'Trang danh sách',
      url: 'https://bao.example.vn/tin-moi',
      kind: 'listing',
      render: true,
      country: 'vn',
      language: null,
      domestic: true,
      selectors: { item: 'article a.title', next: '.pager a[rel=next]' },
      enabled: false,
    }),
    parseSource({
      id: 'foreign',
      name: 'Foreign',
      url: 'https://foreign.example.com/feed',
      country: null,
      domestic: false,
    }),
  ];

  it('round-trips: exporting then importing gives back the same sources', () => {
    const opml = sourcesToOpml(sources, { now: new Date('2025-08-01T00:00:00Z') });
    expect(opml).toContain('<dateCreated>Fri, 01 Aug 2025 00:00:00 GMT</dateCreated>');
    expect(opml).toContain('xmlns:pw="urn:presswatch:opml:1"');
    const back = sourcesFromOpml(opml);
    expect(back.errors).toEqual([]);
    expect(back.sources).toEqual(sources);
  });

  it('writes feeds for feed readers (type="rss", xmlUrl) and other kinds as links', () => {
    const document = parseOpml(sourcesToOpml(sources));
    expect(document.outlines.map((o) => [o.type, o.url])).toEqual([
      ['rss', 'https://bao.example.vn/rss?a=1&b=2'],
      ['link', 'https://bao.example.vn/tin-moi'],
      ['rss', 'https://foreign.example.com/feed'],
    ]);
  });
});
