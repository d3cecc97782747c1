// Exports: CSV and NDJSON of a search, streamed page by page through the cursor, and the Atom
// feed of a saved search at its tokenised URL.
import type { Item, SearchIndex, SearchRequest } from '@presswatch/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExport } from '../src/search/export-stream.ts';
import { addUser, indexItems, login, startTestApi, type TestApi, testItem } from './support.ts';

const COUNT = 3000;
let api: TestApi;
let items: Item[];

beforeAll(async () => {
  api = await startTestApi({ limits: { exportPageSize: 250, requestsPerMinute: 100_000 } });
  const start = Date.parse('2026-10-01T00:00:00Z');
  items = Array.from({ length: COUNT }, (_, i) =>
    testItem(`e${String(i).padStart(5, '0')}`, new Date(start + i * 60_000).toISOString(), {
      title: i % 3 === 0 ? `Tàu cá số ${i} vào bờ, "an toàn"` : `Hội chợ thương mại lần ${i}`,
      language: i % 2 === 0 ? 'vi' : 'en',
      topics: i % 3 === 0 ? [{ topic: 'sea', score: 0.8, matched: ['tàu cá'] }] : [],
      tone: i % 5 === 0 ? -0.5 : null,
    }),
  );
  items.push(testItem('formula', '2026-09-01T00:00:00Z', { title: '=HYPERLINK("http://x.example")' }));
  await indexItems(api.storage, items);
});
afterAll(() => api.close());

/** The real index, recording each search it is asked (to see the export page through it). */
function recordingIndex(search: SearchIndex) {
  const calls: SearchRequest[] = [];
  const index: SearchIndex = {
    ...search,
    search: (request) => {
      calls.push(request);
      return search.search(request);
    },
  };
  return { index, calls };
}

describe('CSV and NDJSON exports', () => {
  it('exports every match as CSV, newest first, with a header and a BOM', async () => {
    const response = await api.app.inject({ url: '/api/items/export.csv', headers: api.bearer('viewer') });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="presswatch-.*\.csv"$/);
    expect(response.body.startsWith('\uFEFFid,published_at,')).toBe(true);
    const lines = response.body.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(COUNT + 2);
    expect(lines[1]!.startsWith(`e${String(COUNT - 1).padStart(5, '0')},`)).toBe(true);
    expect(lines[3]).toContain('"Tàu cá số 2997 vào bờ, ""an toàn"""');
    expect(lines.at(-1)).toContain(`'=HYPERLINK`);
  });

  it('exports a query with filters as NDJSON, without text unless asked', async () => {
    const q = encodeURIComponent('"tàu cá"');
    const response = await api.app.inject({
      url: `/api/items/export.ndjson?q=${q}&lang=vi`,
      headers: api.bearer('viewer'),
    });
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const rows = response.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const expected = items.filter((item) => item.title.startsWith('Tàu cá') && item.language === 'vi');
    expect(rows).toHaveLength(expected.length);
    expect(rows[0].text).toBeUndefined();
    const withText = await api.app.inject({
      url: '/api/items/export.ndjson?max=3&text=true',
      headers: api.bearer('viewer'),
    });
    const three = withText.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(three).toHaveLength(3);
    expect(three[0].text).toContain('Nội dung');
  });

  it('answers a query that does not parse with a 400 problem, not a broken download', async () => {
    const response = await api.app.inject({
      url: `/api/items/export.csv?q=${encodeURIComponent('biển AND (')}`,
      headers: api.bearer('viewer'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('reads the search one page at a time, only as the reader asks for more', async () => {
    const { index, calls } = recordingIndex(api.storage.search);
    // ~1 kB per row, like a CSV row with a summary: a page (100 kB) is more than the stream's buffer.
    const padding = 'x'.repeat(1000);
    const stream = await openExport(
      index,
      { query: null, filters: {}, sort: 'time', pageSize: 100, max: 1_000_000 },
      { header: '', encode: (item) => `${item.id} ${padding}\n` },
    );
    expect(calls).toHaveLength(1); // the first page, read before anything is sent
    let rows = 0;
    let pagesRead = 0;
    for await (const chunk of stream) {
      pagesRead++;
      rows += String(chunk).split('\n').length - 1;
      // The search is never more than a couple of pages ahead of the reader.
      expect(calls.length).toBeLessThanOrEqual(pagesRead + 2);
    }
    expect(calls).toHaveLength(Math.ceil((COUNT + 1) / 100));
    expect(calls.every((call) => call.limit <= 100)).toBe(true);
    expect(calls.slice(1).every((call) => typeof call.cursor === 'string')).toBe(true);
    expect(rows).toBe(COUNT + 1);
  });

  it('stops at max', async () => {
    const { index, calls } = recordingIndex(api.storage.search);
    const stream = await openExport(
      index,
      { query: null, filters: {}, sort: 'time', pageSize: 100, max: 250 },
      { header: '', encode: (item) => `${item.id}\n` },
    );
    let text = '';
    for await (const chunk of stream) text += chunk;
    expect(text.trim().split('\n')).toHaveLength(250);
    expect(calls.map((call) => call.limit)).toEqual([100, 100, 50]);
  });
});

describe('Atom feeds of saved searches', () => {
  it('serves a saved search at its tokenised URL until the feed is revoked or replaced', async () => {
    await addUser(api.storage, 'feed-owner', 'analyst');
    const session = await login(api.app, 'feed-owner');
    const saved = (
      await api.app.inject({
        method: 'POST',
        url: '/api/saved-searches',
        headers: session.headers,
        payload: { name: 'Tàu cá <tiếng Việt>', query: '"tàu cá"', filters: { languages: ['vi'] } },
      })
    ).json();
    const issued = await api.app.inject({
      method: 'POST',
      url: `/api/saved-searches/${saved.id}/feed`,
      headers: session.headers,
    });
    expect(issued.statusCode).toBe(201);
    const feedPath = new URL(issued.json().feedUrl).pathname;
    expect(feedPath).toMatch(/^\/feeds\/saved\/pwf_[\w-]+\.atom$/);

    const feed = await api.app.inject({ url: feedPath });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.body).toContain('<title>PressWatch: Tàu cá &lt;tiếng Việt&gt;</title>');
    const entries = feed.body.match(/<entry>/g) ?? [];
    expect(entries).toHaveLength(50);
    expect(feed.body).toContain('<category term="sea"/>');
    expect(feed.body).not.toContain('Hội chợ');
    expect((await api.storage.savedSearches.get(saved.id))?.feedEnabled).toBe(true);

    const replaced = await api.app.inject({
      method: 'POST',
      url: `/api/saved-searches/${saved.id}/feed`,
      headers: session.headers,
    });
    const newPath = new URL(replaced.json().feedUrl).pathname;
    expect((await api.app.inject({ url: feedPath })).statusCode).toBe(404);
    expect((await api.app.inject({ url: newPath })).statusCode).toBe(200);

    await api.app.inject({
      method: 'DELETE',
      url: `/api/saved-searches/${saved.id}/feed`,
      headers: session.headers,
    });
    const revoked = await api.app.inject({ url: newPath });
    expect(revoked.statusCode).toBe(404);
    expect(revoked.headers['content-type']).toContain('application/problem+json');
  });

  it('stops a feed whose owner is disabled', async () => {
    const owner = await addUser(api.storage, 'feed-leaver', 'analyst');
    const session = await login(api.app, 'feed-leaver');
    const saved = (
      await api.app.inject({
        method: 'POST',
        url: '/api/saved-searches',
        headers: session.headers,
        payload: { name: 'x', query: 'hội chợ' },
      })
    ).json();
    const feedPath = new URL(
      (
        await api.app.inject({
          method: 'POST',
          url: `/api/saved-searches/${saved.id}/feed`,
          headers: session.headers,
        })
      ).json().feedUrl,
    ).pathname;
    expect((await api.app.inject({ url: feedPath })).statusCode).toBe(200);
    await api.storage.users.update({ ...owner, disabled: true });
    expect((await api.app.inject({ url: feedPath })).statusCode).toBe(404);
  });
});
