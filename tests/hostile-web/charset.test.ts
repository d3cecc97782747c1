// Charsets as servers get them wrong, and feeds with entities, CDATA or no feed at all. The
// expected texts are the NFC originals the hostile server encoded.
import { FeedParseError, type HttpClient, parseFeed } from '@presswatch/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRENCH_TEXT, VIETNAMESE_TEXT } from './pages.ts';
import { type CountingServer, startHostileWeb } from './server.ts';
import { hostileClient, USER_AGENT } from './support.ts';

let web: CountingServer;
let client: HttpClient;

beforeAll(async () => {
  web = await startHostileWeb();
  client = hostileClient(web);
});

afterAll(async () => {
  client.close();
  await web.close();
});

const get = (path: string) => client.fetch(`${web.url}${path}`, { userAgent: USER_AGENT });

describe('charsets', () => {
  it('decodes a windows-1258 page (tones as combining marks) to NFC Vietnamese', async () => {
    const res = await get('/charset/windows-1258');
    expect(res.charset).toBe('windows-1258');
    expect(res.body).toContain(VIETNAMESE_TEXT);
  });

  it.each([
    ['/charset/header-utf8-body-1258', 'windows-1258', VIETNAMESE_TEXT],
    ['/charset/header-utf8-body-1252', 'windows-1252', FRENCH_TEXT],
    ['/charset/header-latin1-body-utf8', 'utf-8', VIETNAMESE_TEXT],
    ['/charset/meta-utf8-body-1258', 'windows-1258', VIETNAMESE_TEXT],
  ])('sees through a declaration the bytes contradict: %s', async (path, charset, text) => {
    const res = await get(path);
    expect(res.charset).toBe(charset);
    expect(res.body).toContain(text);
  });

  it('takes the charset from <meta> when the header has none', async () => {
    const res = await get('/charset/meta-1258');
    expect([res.charset, res.body.includes(VIETNAMESE_TEXT)]).toEqual(['windows-1258', true]);
    // VISCII: nothing but the declaration can tell.
    const viscii = await get('/charset/meta-viscii');
    expect([viscii.charset, viscii.body.includes(VIETNAMESE_TEXT)]).toEqual(['viscii', true]);
  });

  it('recomposes a decomposed (NFD) page to NFC', async () => {
    const res = await get('/charset/decomposed');
    expect(res.body).toContain(VIETNAMESE_TEXT);
    expect(res.body).toBe(res.body.normalize('NFC'));
  });

  it.each([
    ['/feed/windows-1258.xml', 'windows-1258'],
    ['/feed/viscii.xml', 'viscii'],
  ])('takes a feed’s charset from its XML declaration: %s', async (path, charset) => {
    const res = await get(path);
    expect(res.charset).toBe(charset);
    const feed = await parseFeed(res.body, res.url);
    expect(feed.title).toBe('Bản tin thử');
    expect(feed.entries[0]?.title).toBe(VIETNAMESE_TEXT);
  });
});

describe('feeds', () => {
  it('decodes entities and keeps CDATA text in a feed', async () => {
    const res = await get('/feed/entities.xml');
    const feed = await parseFeed(res.body, res.url);
    expect(feed.title).toBe('Tin thử & kiểm tra');
    const [entry] = feed.entries;
    expect(entry?.title).toBe('Đồng Hới & Đông Hà: “mưa sớm” <kỷ lục>');
    expect(entry?.url).toBe(`${web.url}/bai/mua-som.html?a=1&b=2`);
    expect(entry?.summary).toContain('Ngư dân Cửa Tùng kéo thuyền lên bờ & chờ bão tan.');
  });

  it('refuses an HTML page served as a feed with FeedParseError', async () => {
    const res = await get('/feed/html.xml');
    await expect(parseFeed(res.body, res.url)).rejects.toBeInstanceOf(FeedParseError);
  });
});
