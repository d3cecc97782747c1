// Every source kind beyond RSS/Atom through the real stages: the fixture web over HTTP, SQLite
// store and queue in a temp dir, Debian's chromium for render: true. WebSub push is in
// source-kinds-websub.test.ts.
import { existsSync } from 'node:fs';
import { UnrecoverableJobError } from '@presswatch/domain';
import { canonicalizeUrl, createBrowserPool, DEFAULT_CHROMIUM_PATH } from '@presswatch/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LISTING_PATH,
  LISTING_SELECTORS,
  RENDER_PATHS,
  RENDERED_ARTICLE,
  SITEMAP_PATHS,
} from '../fixture-web/extra/index.ts';
import { idOf, job, source, useWorld } from './source-kinds-support.ts';

const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);
if (!hasChromium && process.env.CI)
  throw new Error(`CI needs ${DEFAULT_CHROMIUM_PATH} (apt-get install chromium)`);

const world = useWorld();

describe('sitemap sources', () => {
  it('follows a sitemap index to its recent children (gzip file included), never the archive', async () => {
    await world.storage.sources.upsert(
      source('sm', `${world.web.url}${SITEMAP_PATHS.index}`, { kind: 'sitemap' }),
    );
    await world.crawler()(job({ sourceId: 'sm' }));
    const expected = world.web.articles.filter(
      (a) => a.outlet === 'quang-tri-moi' || a.outlet === 'mekong-ledger',
    );
    expect(await world.waiting()).toBe(expected.length);
    expect(world.web.requests(SITEMAP_PATHS.gzipped)).toBe(1);
    expect(world.web.requests(SITEMAP_PATHS.archive)).toBe(0);
    expect((await world.storage.sources.get('sm'))!.state).toMatchObject({
      lastStatus: 200,
      consecutiveErrors: 0,
    });
    // Google News fields become the entry's hints.
    const newsArticle = world.web.articles.find((a) => a.outlet === 'quang-tri-moi')!;
    expect((await world.fetchJob(newsArticle.url))!.payload.hints).toMatchObject({
      title: newsArticle.title,
      publishedAt: newsArticle.publishedAt,
    });
  });

  it('keeps only recent entries of a urlset that lists the archive too', async () => {
    await world.storage.sources.upsert(
      source('urls', `${world.web.url}${SITEMAP_PATHS.urlset}`, { kind: 'sitemap' }),
    );
    await world.crawler({ sitemap: { maxAgeDays: 2 } })(job({ sourceId: 'urls' }));
    expect(await world.waiting()).toBe(world.web.articles.length);
    expect(await world.fetchJob(`${world.web.url}/archive/2019/tet-2019`)).toBeNull();
  });

  it('marks a source whose sitemap is an HTML page unhealthy', async () => {
    await world.storage.sources.upsert(source('html', `${world.web.url}/`, { kind: 'sitemap' }));
    await world.crawler()(job({ sourceId: 'html' }));
    const state = (await world.storage.sources.get('html'))!.state;
    expect(state.lastError).toMatch(/Not a sitemap: root element <html>/);
    expect(state.consecutiveErrors).toBe(1);
    expect(await world.waiting()).toBe(0);
  });
});

describe('listing sources', () => {
  it('enqueues the stories of a listing page with canonical URLs, titles and dates', async () => {
    const url = `${world.web.url}${LISTING_PATH}`;
    await world.storage.sources.upsert(
      source('list', url, { kind: 'listing', selectors: LISTING_SELECTORS }),
    );
    await world.crawler()(job({ sourceId: 'list' }));
    const stories = world.web.articles.filter((a) => a.outlet === 'quang-tri-moi');
    expect(await world.waiting()).toBe(stories.length);
    const first = (await world.fetchJob(stories[0]!.url))!.payload;
    expect(first.canonicalUrl).toBe(stories[0]!.url);
    expect(first.hints).toMatchObject({ title: stories[0]!.title });
    expect(first.hints!.publishedAt!.slice(0, 16)).toBe(stories[0]!.publishedAt.slice(0, 16));
  });

  it('names the wrong selector in the source health and enqueues nothing', async () => {
    const url = `${world.web.url}${LISTING_PATH}`;
    await world.storage.sources.upsert(
      source('bad', url, { kind: 'listing', selectors: { item: 'li.tin', link: 'a' } }),
    );
    await world.storage.sources.upsert(source('none', url, { kind: 'listing' }));
    await world.crawler()(job({ sourceId: 'bad' }));
    await world.crawler()(job({ sourceId: 'none' }));
    expect((await world.storage.sources.get('bad'))!.state).toMatchObject({
      lastError: expect.stringContaining('Listing selector item "li.tin" matched nothing'),
      consecutiveErrors: 1,
    });
    expect((await world.storage.sources.get('none'))!.state.lastError).toMatch(
      /needs selectors\.item and link/,
    );
    expect(await world.waiting()).toBe(0);
  });
});

describe.skipIf(!hasChromium)(
  hasChromium ? 'render: true sources' : `render: true sources (skipped: no ${DEFAULT_CHROMIUM_PATH})`,
  () => {
    let pool: ReturnType<typeof createBrowserPool>;
    beforeAll(() => {
      pool = createBrowserPool({
        userAgent: 'PressWatch-test',
        allow: [`127.0.0.1:${world.web.port}`],
        settleMs: 1_000,
      });
    });
    afterAll(() => pool?.close());

    const payload = (sourceId: string, url: string) => ({
      sourceId,
      url,
      canonicalUrl: canonicalizeUrl(url),
      itemId: idOf(url),
      hints: null,
    });

    it('extracts JavaScript-inserted text only when the source has render: true', async () => {
      const url = `${world.web.url}${RENDER_PATHS.jsArticle}`;
      await world.storage.sources.upsert(source('plain', url, { kind: 'page' }));
      await world.storage.sources.upsert(source('js', url, { kind: 'page', render: true }));
      await world.fetcher(pool)(job(payload('plain', url)));
      expect((await world.storage.documents.get(idOf(url)))!.text).not.toContain(
        RENDERED_ARTICLE.paragraphs[0],
      );
      await world.fetcher(pool)(job(payload('js', url)));
      const document = (await world.storage.documents.get(idOf(url)))!;
      for (const paragraph of RENDERED_ARTICLE.paragraphs) expect(document.text).toContain(paragraph);
      expect(document.title).toBe(RENDERED_ARTICLE.title);
    });

    it('clicks the consent button named in selectors.consent', async () => {
      const url = `${world.web.url}${RENDER_PATHS.consent}`;
      await world.storage.sources.upsert(
        source('c', url, { render: true, selectors: { consent: '#accept-cookies' } }),
      );
      await world.fetcher(pool)(job(payload('c', url)));
      expect((await world.storage.documents.get(idOf(url)))!.text).toContain(RENDERED_ARTICLE.paragraphs[2]);
    });

    it('fails a render: true article for good when the process has no browser', async () => {
      const url = `${world.web.url}${RENDER_PATHS.jsArticle}`;
      await world.storage.sources.upsert(source('js', url, { render: true }));
      await expect(world.fetcher()(job(payload('js', url)))).rejects.toThrow(UnrecoverableJobError);
    });
  },
);
