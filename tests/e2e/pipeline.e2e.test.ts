// End to end in the all-in-one process on the embedded adapters: fixture feeds → crawl → fetch →
// process → search through the API. Also: a broken feed marks its source unhealthy while the
// others go on, and an article published later arrives on the next poll.
import { startAll } from '@presswatch/all-in-one';
import { type Runtime, seedAdminToken } from '@presswatch/platform';
import { normalizeText } from '@presswatch/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureWeb, startFixtureWeb } from '../fixture-web/index.ts';
import { createEmbeddedRuntime, type EmbeddedRuntime, fixtureFeedSource } from '../support/pipeline-world.ts';
import { waitFor } from '../support/wait.ts';

const TOKEN = 'e2e-admin-token-0123456789';

describe('pipeline end to end (all-in-one, embedded)', () => {
  let web: FixtureWeb;
  let runtime: Runtime;
  let baseUrl: string;
  let embedded: EmbeddedRuntime | undefined;

  const get = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const search = async (q: string) => (await get(`/api/items?q=${encodeURIComponent(q)}&limit=100`)).body;

  beforeAll(async () => {
    web = await startFixtureWeb({ host: '127.0.0.1' });
    embedded = await createEmbeddedRuntime('e2e', [`127.0.0.1:${web.port}`]);
    runtime = embedded.runtime;
    await seedAdminToken(runtime.adapters.stores.tokens, TOKEN);
    for (const feed of web.feeds)
      await runtime.adapters.stores.sources.upsert(fixtureFeedSource(`fx-${feed.name}`, feed.url, feed));
    await runtime.adapters.stores.sources.upsert(
      fixtureFeedSource('fx-broken', `${web.url}/broken/feed.xml`),
    );
    ({ url: baseUrl } = await startAll(runtime));
  });

  afterAll(async () => {
    await embedded?.close();
    await web?.close();
  });

  it('ingests every fixture article and finds it by a title word', async () => {
    const expected = web.articles.length;
    await waitFor(
      'all fixture articles indexed',
      async () => (await get('/api/items?limit=1')).body.total >= expected || undefined,
    );
    const { body } = await get('/api/items?limit=100');
    expect(body.total).toBe(expected);
    expect(new Set(body.items.map((i: { url: string }) => i.url)).size).toBe(expected);
    for (const article of web.articles) {
      const word = article.title.split(/\s+/).find((w) => w.length > 3) ?? article.title;
      const hits = await search(`title:"${word}"`);
      expect(hits.items.map((i: { title: string }) => i.title)).toContain(normalizeText(article.title));
    }
  });

  it('matches Vietnamese with diacritics exactly and without diacritics folded', async () => {
    const exact = await search('"Lao Bảo"');
    const folded = await search('"lao bao"');
    expect(exact.total).toBeGreaterThan(0);
    expect(folded.total).toBeGreaterThanOrEqual(exact.total);
  });

  it('finds every article by its keywords, whatever Unicode form or tone style its page used', async () => {
    for (const article of web.articles) {
      for (const keyword of article.keywords) {
        const hits = await search(`"${keyword}"`);
        const urls = hits.items.map((i: { canonicalUrl: string }) => i.canonicalUrl);
        expect(urls, `${keyword} → ${article.url}`).toContain(article.url);
      }
    }
    const nfd = web.articles.find((a) => a.article.form === 'nfd')!;
    const stored = (await search(`"${nfd.keywords[0]}"`)).items[0];
    expect(stored.title).toBe(stored.title.normalize('NFC'));
    const oldTone = web.articles.find((a) => a.article.form === 'old-tone')!;
    const typedOldStyle = await search('"thuỷ sản"');
    expect(typedOldStyle.items.map((i: { canonicalUrl: string }) => i.canonicalUrl)).toContain(oldTone.url);
  });

  it('marks the broken feed unhealthy while the others are healthy', async () => {
    const sources = await waitFor('broken source marked failing', async () => {
      const list = (await get('/api/sources')).body.sources as { id: string; health: { status: string } }[];
      return list.find((s) => s.id === 'fx-broken')?.health.status === 'failing' ? list : undefined;
    });
    const broken = sources.find((s) => s.id === 'fx-broken')!;
    expect(broken.health).toMatchObject({ status: 'failing', lastStatus: 500 });
    for (const s of sources.filter((s) => s.id !== 'fx-broken')) expect(s.health.status).toBe('ok');
  });

  it('picks up an article published after start on a later poll', async () => {
    const feed = web.feeds[0]!;
    const published = web.addArticle(feed.name, {
      title: 'Thử nghiệm tuyến xe buýt Đông Hà – Lao Bảo kéo dài',
      paragraphs: ['Tuyến xe buýt mới nối thành phố với cửa khẩu, chạy mười chuyến mỗi ngày.'],
    });
    const hits = await waitFor('new article searchable', async () => {
      const result = await search('"xe buýt"');
      return result.items.some((i: { canonicalUrl: string }) => i.canonicalUrl === published.url)
        ? result
        : undefined;
    });
    expect(hits.total).toBeGreaterThan(0);
  });
});
