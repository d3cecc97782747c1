import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../src/index.ts';

const FEED_URL = 'https://bao.example.vn/rss/thoi-su.rss';
const now = new Date('2025-08-01T12:00:00Z');

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Báo Ví Dụ - Thời sự</title>
  <link>https://bao.example.vn/thoi-su</link>
  <item>
    <title>Chợ phiên vùng cao họp lại sau mùa mưa</title>
    <link>/thoi-su/cho-phien-vung-cao.html?utm_source=rss</link>
    <guid isPermaLink="false">bvd-1001</guid>
    <pubDate>Thu, 31 Jul 2025 20:30:00 +0700</pubDate>
    <dc:creator>Lê Thị Mai</dc:creator>
    <description><![CDATA[<p>Người dân <b>mang nông sản</b> xuống chợ.</p><p>Phiên chợ kéo dài tới trưa.</p>]]></description>
    <content:encoded><![CDATA[<p>Toàn văn bài viết.</p>]]></content:encoded>
  </item>
  <item>
    <title>Bài chỉ có guid</title>
    <guid>https://bao.example.vn/thoi-su/chi-co-guid.html</guid>
    <author>toasoan@bao.example.vn (Phạm Văn Tâm)</author>
    <pubDate>Fri, 01 Aug 2031 08:00:00 +0700</pubDate>
  </item>
  <item>
    <title>Không có liên kết</title>
    <description>Mục này bị bỏ qua.</description>
  </item>
  <item>
    <title>Liên kết lạ</title>
    <link>javascript:alert(1)</link>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Tạp chí Ví Dụ</title>
  <link rel="alternate" href="https://tapchi.example.vn/"/>
  <link rel="self" href="https://tapchi.example.vn/atom.xml"/>
  <id>urn:example:tapchi</id>
  <updated>2025-07-31T10:00:00Z</updated>
  <entry>
    <title type="html">Mùa &lt;em&gt;cá cơm&lt;/em&gt; trên vịnh</title>
    <link rel="alternate" href="https://tapchi.example.vn/bai/mua-ca-com"/>
    <link rel="enclosure" href="https://tapchi.example.vn/anh.jpg"/>
    <id>tag:tapchi.example.vn,2025:42</id>
    <published>2025-07-30T07:00:00+07:00</published>
    <updated>2025-07-30T09:00:00+07:00</updated>
    <author><name>Hoàng Minh</name></author>
    <summary type="html">&lt;p&gt;Ngư dân vào mùa cá.&lt;/p&gt;</summary>
    <content type="html">&lt;p&gt;Nội dung đầy đủ.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Ngày sai định dạng</title>
    <link href="/bai/ngay-sai"/>
    <id>tag:tapchi.example.vn,2025:43</id>
    <published>hôm qua</published>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example.org/"><title>RDF Example</title><link>https://rdf.example.org/</link></channel>
  <item rdf:about="https://rdf.example.org/a">
    <title>First</title><link>https://rdf.example.org/a</link><dc:date>2025-07-29T10:00:00Z</dc:date>
    <description>Plain summary.</description>
  </item>
</rdf:RDF>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 entries and resolves their links against the feed URL', async () => {
    const feed = await parseFeed(RSS2, FEED_URL, { now });
    expect(feed.title).toBe('Báo Ví Dụ - Thời sự');
    expect(feed.link).toBe('https://bao.example.vn/thoi-su');
    expect(feed.entries).toHaveLength(2);
    expect(feed.entries[0]).toEqual({
      url: 'https://bao.example.vn/thoi-su/cho-phien-vung-cao.html?utm_source=rss',
      id: 'bvd-1001',
      title: 'Chợ phiên vùng cao họp lại sau mùa mưa',
      publishedAt: '2025-07-31T13:30:00.000Z',
      updatedAt: null,
      author: 'Lê Thị Mai',
      summary: 'Người dân mang nông sản xuống chợ.\n\nPhiên chợ kéo dài tới trưa.',
      content: '<p>Toàn văn bài viết.</p>',
      categories: [],
      image: null,
      enclosures: [],
    });
  });

  it('uses a permalink guid as the URL, keeps the name of an e-mail author, refuses future dates', async () => {
    const [, second] = (await parseFeed(RSS2, FEED_URL, { now })).entries;
    expect(second?.url).toBe('https://bao.example.vn/thoi-su/chi-co-guid.html');
    expect(second?.id).toBe('https://bao.example.vn/thoi-su/chi-co-guid.html');
    expect(second?.author).toBe('Phạm Văn Tâm');
    expect(second?.publishedAt).toBeNull();
    expect(second?.summary).toBeNull();
  });

  it('reads Atom: alternate link, HTML title as text, author, summary and content', async () => {
    const feed = await parseFeed(ATOM, 'https://tapchi.example.vn/atom.xml', { now });
    expect(feed.title).toBe('Tạp chí Ví Dụ');
    expect(feed.link).toBe('https://tapchi.example.vn/');
    expect(feed.entries[0]).toEqual({
      url: 'https://tapchi.example.vn/bai/mua-ca-com',
      id: 'tag:tapchi.example.vn,2025:42',
      title: 'Mùa cá cơm trên vịnh',
      publishedAt: '2025-07-30T00:00:00.000Z',
      updatedAt: '2025-07-30T02:00:00.000Z',
      author: 'Hoàng Minh',
      summary: 'Ngư dân vào mùa cá.',
      content: '<p>Nội dung đầy đủ.</p>',
      categories: [],
      image: 'https://tapchi.example.vn/anh.jpg',
      enclosures: [{ url: 'https://tapchi.example.vn/anh.jpg', type: null, length: null }],
    });
  });

  it('keeps an Atom entry whose date does not parse, without a date', async () => {
    const feed = await parseFeed(ATOM, 'https://tapchi.example.vn/atom.xml', { now });
    expect(feed.entries[1]?.url).toBe('https://tapchi.example.vn/bai/ngay-sai');
    expect(feed.entries[1]?.publishedAt).toBeNull();
  });

  it('reads RSS 1.0 (RDF) with dc:date', async () => {
    const feed = await parseFeed(RDF, 'https://rdf.example.org/index.rdf', { now });
    expect(feed.entries.map((e) => [e.url, e.publishedAt, e.summary])).toEqual([
      ['https://rdf.example.org/a', '2025-07-29T10:00:00.000Z', 'Plain summary.'],
    ]);
  });

  it('reads RSS 0.91 and unversioned RSS', async () => {
    const item = '<item><title>T</title><link>https://x.example/t</link></item>';
    for (const open of ['<rss version="0.91">', '<rss>']) {
      const feed = await parseFeed(`${open}<channel><title>Old</title>${item}</channel></rss>`, FEED_URL);
      expect(feed.entries.map((e) => e.url)).toEqual(['https://x.example/t']);
    }
  });

  it('recovers from bare ampersands and HTML entities, and from a BOM', async () => {
    const xml =
      '\uFEFF<rss version="2.0"><channel><title>A&nbsp;B</title><item><title>Giá &amp; lượng&hellip;</title>' +
      '<link>https://x.example/a?b=1&c=2</link></item></channel></rss>';
    const feed = await parseFeed(xml, FEED_URL);
    expect(feed.title).toBe('A B');
    expect(feed.entries[0]?.title).toBe('Giá & lượng…');
    expect(feed.entries[0]?.url).toBe('https://x.example/a?b=1&c=2');
  });

  it('throws FeedParseError with a clear message for what is not a feed', async () => {
    const cases: [string, RegExp][] = [
      ['<!DOCTYPE html><html><head><title>Trang chủ</title></head><body></body></html>', /HTML page/],
      ['<?xml version="1.0"?><urlset><url><loc>https://x/</loc></url></urlset>', /<urlset> is not rss/],
      ['', /empty/],
      ['just some text', /no XML element/],
      ['<rss version="2.0"><channel><title>Cut', /Malformed feed/],
      ['<rss version="2.0"></rss>', /lacks required elements/],
    ];
    for (const [input, message] of cases) {
      const error = await parseFeed(input, FEED_URL).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FeedParseError);
      expect((error as FeedParseError).message).toMatch(message);
      expect((error as FeedParseError).feedUrl).toBe(FEED_URL);
    }
  });
});
