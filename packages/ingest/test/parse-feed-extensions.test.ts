// What parseFeed reads beyond rss-parser's own fields: categories, media, xml:base, odd namespace
// prefixes, inline XHTML, cleaned content, truncated and not-quite-XML documents. Fixtures are
// fictional.
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed, parseFeedDocument } from '../src/index.ts';

const now = new Date('2025-08-01T12:00:00Z');

const MEDIA_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Đài Ví Dụ</title><link>https://dai.example.vn/</link>
  <item>
    <title>Mùa gặt trên cánh đồng ven sông</title>
    <link>https://dai.example.vn/mua-gat.html</link>
    <category domain="https://dai.example.vn/chuyen-muc">Nông nghiệp</category>
    <category>Đời sống</category>
    <dc:subject>Nông nghiệp</dc:subject>
    <media:group>
      <media:content url="https://cdn.example.vn/video/mua-gat.mp4" type="video/mp4" fileSize="2048"/>
      <media:content url="/anh/mua-gat.jpg" medium="image"><media:thumbnail url="https://cdn.example.vn/anh/mua-gat-nho.jpg"/></media:content>
      <media:category>Video</media:category>
    </media:group>
    <enclosure url="https://cdn.example.vn/am-thanh/mua-gat.mp3" length="123456" type="audio/mpeg"/>
  </item>
  <item>
    <title>Chợ hoa xuân</title>
    <link>https://dai.example.vn/cho-hoa.html</link>
    <description><![CDATA[<a href="/cho-hoa.html"><img src="/anh/cho-hoa.jpg" alt=""></a>Người dân đi chợ hoa.]]></description>
    <pubDate>31/07/2025 08:15 GMT+7</pubDate>
  </item>
</channel></rss>`;

describe('parseFeed: categories and media', () => {
  it('collects categories from RSS, Dublin Core and Media RSS, once each, in feed order', async () => {
    const [first] = (await parseFeed(MEDIA_RSS, 'https://dai.example.vn/rss.xml', { now })).entries;
    expect(first?.categories).toEqual(['Nông nghiệp', 'Đời sống', 'Video']);
  });

  it('lists enclosures (RSS and media:content) and takes the thumbnail as the image', async () => {
    const [first] = (await parseFeed(MEDIA_RSS, 'https://dai.example.vn/rss.xml', { now })).entries;
    expect(first?.enclosures).toEqual([
      { url: 'https://cdn.example.vn/am-thanh/mua-gat.mp3', type: 'audio/mpeg', length: 123456 },
      { url: 'https://cdn.example.vn/video/mua-gat.mp4', type: 'video/mp4', length: 2048 },
      { url: 'https://dai.example.vn/anh/mua-gat.jpg', type: 'image', length: null },
    ]);
    expect(first?.image).toBe('https://cdn.example.vn/anh/mua-gat-nho.jpg');
  });

  it('falls back to the first image of the description, resolved, and reads day-first dates', async () => {
    const [, second] = (await parseFeed(MEDIA_RSS, 'https://dai.example.vn/rss.xml', { now })).entries;
    expect(second?.image).toBe('https://dai.example.vn/anh/cho-hoa.jpg');
    expect(second?.summary).toBe('Người dân đi chợ hoa.');
    expect(second?.publishedAt).toBe('2025-07-31T01:15:00.000Z');
  });
});

describe('parseFeed: xml:base and content', () => {
  const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://tapchi.example.vn/so-moi/">
  <title>Tạp chí</title><link href="./"/>
  <entry xml:base="bai/">
    <title>Bài một</title><id>tag:tapchi.example.vn,2025:1</id>
    <link href="mot.html"/>
    <content type="html" xml:base="../anh/">&lt;p onclick="x()"&gt;Xem &lt;a href="hinh.html"&gt;hình&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</content>
  </entry>
  <entry xml:base="javascript:alert(1)//">
    <title>Bài hai</title><id>tag:tapchi.example.vn,2025:2</id><link href="hai.html"/>
  </entry>
</feed>`;

  it('resolves links against nested xml:base, ignoring an unsafe base', async () => {
    const feed = await parseFeed(ATOM, 'https://tapchi.example.vn/atom.xml', { now });
    expect(feed.link).toBe('https://tapchi.example.vn/so-moi/');
    expect(feed.entries.map((e) => e.url)).toEqual([
      'https://tapchi.example.vn/so-moi/bai/mot.html',
      'https://tapchi.example.vn/so-moi/hai.html',
    ]);
  });

  it('makes links in content absolute and removes scripts and event handlers', async () => {
    const [first] = (await parseFeed(ATOM, 'https://tapchi.example.vn/atom.xml', { now })).entries;
    expect(first?.content).toBe(
      '<p>Xem <a href="https://tapchi.example.vn/so-moi/anh/hinh.html">hình</a></p>',
    );
  });

  it('keeps the order of text and elements in inline XHTML, and escapes type="text"', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x:1</id><link href="https://a.example/1"/>
      <title type="text">1 &lt; 2</title>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Trước <b>đậm</b> giữa <i>nghiêng</i> sau</div></content>
    </entry></feed>`;
    const [entry] = (await parseFeed(xml, 'https://a.example/feed', { now })).entries;
    expect(entry?.title).toBe('1 < 2');
    expect(entry?.content).toBe('Trước <b>đậm</b> giữa <i>nghiêng</i> sau');
  });
});

describe('parseFeed: namespaces written unusually', () => {
  it('reads Dublin Core and content:encoded under any prefix, and prefixed RSS 1.0 and Atom', async () => {
    const rss = `<rss version="2.0" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:c="http://purl.org/rss/1.0/modules/content">
      <channel><title>T</title><item><title>Một</title><link>https://b.example/1</link>
      <d:creator>Trần Thị Lan</d:creator><c:encoded>&lt;p&gt;Đủ&lt;/p&gt;</c:encoded></item></channel></rss>`;
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:r="http://purl.org/rss/1.0/">
      <r:channel><r:title>R</r:title></r:channel>
      <r:item rdf:about="https://c.example/1"><r:title>Hai</r:title><r:link>https://c.example/1</r:link></r:item></rdf:RDF>`;
    const atom = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>A</a:title>
      <a:entry><a:title>Ba</a:title><a:id>x:3</a:id><a:link href="https://d.example/3"/></a:entry></a:feed>`;
    const [one] = (await parseFeed(rss, 'https://b.example/rss', { now })).entries;
    expect([one?.author, one?.content]).toEqual(['Trần Thị Lan', '<p>Đủ</p>']);
    const [two] = (await parseFeed(rdf, 'https://c.example/rss', { now })).entries;
    expect([two?.title, two?.url, two?.id]).toEqual(['Hai', 'https://c.example/1', 'https://c.example/1']);
    const atomFeed = await parseFeed(atom, 'https://d.example/atom', { now });
    expect([atomFeed.title, atomFeed.entries[0]?.title, atomFeed.entries[0]?.url]).toEqual([
      'A',
      'Ba',
      'https://d.example/3',
    ]);
  });
});

describe('parseFeed: documents that are not quite right', () => {
  it('keeps the complete items of a truncated feed', async () => {
    const items = [1, 2, 3].map(
      (n) => `<item><title>Tin ${n}</title><link>https://e.example/${n}</link></item>`,
    );
    const cut = `<rss version="2.0"><channel><title>E</title>${items.join('')}<item><title>Tin 4`;
    const feed = await parseFeed(cut, 'https://e.example/rss', { now });
    expect(feed.entries.map((e) => e.title)).toEqual(['Tin 1', 'Tin 2', 'Tin 3']);
  });

  it('expands entities the DOCTYPE declares, and reads items written straight under <rss>', async () => {
    const xml = `<!DOCTYPE rss [<!ENTITY site "https://f.example">]><rss><item><title>Một</title><link>&site;/1</link></item></rss>`;
    const feed = await parseFeed(xml, 'https://f.example/rss', { now });
    expect(feed.entries.map((e) => e.url)).toEqual(['https://f.example/1']);
  });

  it('keeps text after an XML-style self-closed iframe', async () => {
    const xml = `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
      <link>https://g.example/1</link><content:encoded>Trước&lt;iframe src="https://v.example/x" /&gt; sau</content:encoded></item></channel></rss>`;
    const [entry] = (await parseFeed(xml, 'https://g.example/rss', { now })).entries;
    expect(entry?.content).toBe('Trước sau');
    expect(entry?.summary).toBe('Trước sau');
  });

  it('does not expand an entity bomb, and stays linear on thousands of unclosed elements', async () => {
    const big = 'x'.repeat(100_000);
    const refs = '&b;'.repeat(50_000);
    const bomb = `<!DOCTYPE rss [<!ENTITY b "${big}">]><rss><channel><item><title>${refs}</title><link>https://j.example/1</link></item></channel></rss>`;
    const expanded = await parseFeed(bomb, 'https://j.example/rss').catch((e: unknown) => e);
    if (expanded instanceof FeedParseError) expect(expanded.message).toMatch(/Malformed feed/);
    else
      expect((expanded as { entries: { title: string | null }[] }).entries[0]?.title?.length).toBeLessThan(
        2_500_000,
      );
    const unclosed = `<rss version="2.0"><channel>${'<item><description>x'.repeat(20_000)}`;
    await expect(parseFeed(unclosed, 'https://j.example/rss')).rejects.toBeInstanceOf(FeedParseError);
  });

  it('still refuses a feed cut inside its first item', async () => {
    const error = await parseFeed(
      '<rss version="2.0"><channel><item><title>Tin',
      'https://h.example/rss',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedParseError);
  });
});

describe('parseFeedDocument', () => {
  it('keeps entries without a link, which parseFeed leaves out', async () => {
    const xml = `<rss version="2.0"><channel><item><title>Không link</title><guid isPermaLink="false">k-1</guid></item>
      <item><title>Có link</title><link>https://i.example/2</link></item></channel></rss>`;
    const document = await parseFeedDocument(xml, 'https://i.example/rss', { now });
    expect(document.format).toBe('rss');
    expect(document.entries.map((e) => [e.title, e.url, e.id])).toEqual([
      ['Không link', null, 'k-1'],
      ['Có link', 'https://i.example/2', null],
    ]);
    const feed = await parseFeed(xml, 'https://i.example/rss', { now });
    expect(feed.entries.map((e) => [e.url, e.id])).toEqual([['https://i.example/2', 'https://i.example/2']]);
  });
});
