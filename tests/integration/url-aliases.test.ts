// Seen-URL aliases end to end: crawl → fetch → process on a real SQLite store and queue against
// the alias fixture web (one outlet on www. and m. hosts, an aggregator, a copy-paste site).
// Each case counts the article pages the server was asked for, so it fails if the dedupe it
// names is removed.
import { itemIdFor } from '@presswatch/domain';
import { canonicalizeUrl } from '@presswatch/ingest';
import { describe, expect, it } from 'vitest';
import { AGGREGATOR_HOST, COPYCAT_HOST, OUTLET_HOST } from '../fixture-web/aliases/server.ts';
import { useAliasWorld } from './url-aliases-support.ts';

const BRIDGE = 'cau-go-lang-ven-song';
const FAIR = 'hoi-cho-nong-san-mua-thu';
const LIBRARY = 'thu-vien-xanh-truong-lang';
const COFFEE = 'vuon-ca-phe-tren-doi';

describe('seen-URL aliases', () => {
  const world = useAliasWorld();
  const url = (slug: string, dress?: 'desktop' | 'amp' | 'mobile') => world.web.articleUrl(slug, dress);
  const entry = (link: string, pubDate?: string) => ({ link, title: 'Tin', ...(pubDate ? { pubDate } : {}) });

  it('stores the page canonical and skips AMP, mobile and tracking links to a stored article', async () => {
    world.web.setFeed(OUTLET_HOST, [entry(`${url(BRIDGE)}?utm_source=rss&utm_medium=feed`)]);
    await world.addFeed('outlet', world.web.feedUrl(OUTLET_HOST));
    await world.crawlAndSettle('outlet');
    const [item] = await world.items();
    expect(item?.canonicalUrl).toBe(url(BRIDGE));
    expect(await world.storage.urlAliases.aliasesOf(item!.id)).toEqual(
      expect.arrayContaining([url(BRIDGE), url(BRIDGE, 'amp'), url(BRIDGE, 'mobile')]),
    );

    const before = world.web.requests(url(BRIDGE, 'amp')) + world.web.requests(url(BRIDGE, 'mobile'));
    world.web.setFeed(AGGREGATOR_HOST, [
      entry(url(BRIDGE, 'amp')),
      entry(`${url(BRIDGE, 'mobile')}?fbclid=abc`),
      entry(`${url(BRIDGE)}?utm_campaign=share`),
    ]);
    await world.addFeed('aggregator', world.web.feedUrl(AGGREGATOR_HOST));
    await world.crawlAndSettle('aggregator');
    expect(world.web.requests(url(BRIDGE, 'amp')) + world.web.requests(url(BRIDGE, 'mobile'))).toBe(before);
    expect(world.web.requests(url(BRIDGE))).toBe(1);
    // Seen before fetching: the crawl enqueued none of the three.
    expect((await world.storage.sources.get('aggregator'))?.state.itemsSeen).toBe(0);
    expect(await world.storage.items.count()).toBe(1);
  });

  it('makes a link found only after fetching (redirect, other dress) an alias, not a second item', async () => {
    world.web.setFeed(OUTLET_HOST, [entry(url(FAIR))]);
    await world.addFeed('outlet', world.web.feedUrl(OUTLET_HOST));
    await world.crawlAndSettle('outlet');
    const [stored] = await world.items();
    // Unknown before fetching: a redirect through the aggregator and a link with a real parameter.
    const viaRedirect = world.web.redirectUrl(FAIR);
    const withParameter = `${url(FAIR)}?trang=1`;
    world.web.setFeed(AGGREGATOR_HOST, [entry(viaRedirect), entry(withParameter)]);
    await world.addFeed('aggregator', world.web.feedUrl(AGGREGATOR_HOST));
    await world.crawlAndSettle('aggregator');

    expect(await world.storage.items.count()).toBe(1);
    expect(await world.storage.urlAliases.aliasesOf(stored!.id)).toEqual(
      expect.arrayContaining([canonicalizeUrl(viaRedirect), canonicalizeUrl(withParameter)]),
    );
    // The next poll of the aggregator fetches neither again.
    const fetched = world.web.requests(viaRedirect);
    world.web.setFeed(AGGREGATOR_HOST, [entry(viaRedirect), entry(withParameter), entry(url(LIBRARY))]);
    await world.crawlAndSettle('aggregator');
    expect(world.web.requests(viaRedirect)).toBe(fetched);
    expect(await world.storage.items.count()).toBe(2);
  });

  it('keys the item by the first link seen and canonicalises a mobile page to the desktop URL', async () => {
    world.web.setFeed(AGGREGATOR_HOST, [entry(url(COFFEE, 'mobile'))]);
    await world.addFeed('aggregator', world.web.feedUrl(AGGREGATOR_HOST));
    await world.crawlAndSettle('aggregator');
    const [item] = await world.items();
    expect(item?.id).toBe(itemIdFor(canonicalizeUrl(url(COFFEE, 'mobile'))));
    expect(item?.canonicalUrl).toBe(url(COFFEE));

    world.web.setFeed(OUTLET_HOST, [entry(url(COFFEE))]);
    await world.addFeed('outlet', world.web.feedUrl(OUTLET_HOST));
    await world.crawlAndSettle('outlet');
    expect(world.web.requests(url(COFFEE))).toBe(0);
    expect((await world.storage.sources.get('outlet'))?.state.itemsSeen).toBe(0);
    expect(await world.storage.items.count()).toBe(1);
  });

  it("refuses a copy-paste page's claim on another outlet's URL", async () => {
    // The copy arrives first and declares the outlet's URL (and its AMP URL) as its own.
    world.web.setFeed(COPYCAT_HOST, [entry(world.web.copyUrl(BRIDGE))]);
    await world.addFeed('copycat', world.web.feedUrl(COPYCAT_HOST));
    await world.crawlAndSettle('copycat');
    const [copy] = await world.items();
    expect(copy?.canonicalUrl).toBe(canonicalizeUrl(world.web.copyUrl(BRIDGE)));
    expect(await world.storage.urlAliases.owners([url(BRIDGE), url(BRIDGE, 'amp')])).toEqual(new Map());

    const before = world.web.requests(url(BRIDGE));
    world.web.setFeed(OUTLET_HOST, [entry(url(BRIDGE))]);
    await world.addFeed('outlet', world.web.feedUrl(OUTLET_HOST));
    await world.crawlAndSettle('outlet');
    expect(world.web.requests(url(BRIDGE))).toBe(before + 1);
    const real = await world.storage.items.get(itemIdFor(url(BRIDGE)));
    expect(real?.title).toBe(world.web.articles.find((a) => a.slug === BRIDGE)!.title);
    expect(await world.storage.items.count()).toBe(2);
  });

  it('stores one item when two links to one article are fetched at the same time', async () => {
    world.web.setFeed(AGGREGATOR_HOST, [
      entry(url(LIBRARY, 'mobile')),
      entry(url(LIBRARY, 'amp')),
      entry(world.web.redirectUrl(LIBRARY)),
    ]);
    await world.addFeed('aggregator', world.web.feedUrl(AGGREGATOR_HOST));
    await world.crawlAndSettle('aggregator');
    expect(await world.storage.items.count()).toBe(1);
    const [item] = await world.items();
    expect(item?.canonicalUrl).toBe(url(LIBRARY));
  });

  it('keeps the update time and lead image, and takes the feed date only when the page has none', async () => {
    const feedDate = new Date(world.web.now.getTime() - 30 * 3_600_000);
    const future = new Date(Date.now() + 10 * 86_400_000);
    world.web.setFeed(OUTLET_HOST, [
      entry(url(BRIDGE), feedDate.toUTCString()),
      entry(url(LIBRARY), feedDate.toUTCString()),
      entry(url(FAIR), future.toUTCString()),
    ]);
    await world.addFeed('outlet', world.web.feedUrl(OUTLET_HOST));
    await world.crawlAndSettle('outlet');
    const byUrl = new Map((await world.items()).map((item) => [item.canonicalUrl, item]));
    const hours = (iso: string | null | undefined) =>
      iso ? Math.round((world.web.now.getTime() - Date.parse(iso)) / 3_600_000) : null;

    const bridge = byUrl.get(url(BRIDGE))!;
    expect(hours(bridge.publishedAt)).toBe(5); // the page's own date wins over the feed's
    expect(hours(bridge.updatedAt)).toBe(2);
    expect(bridge.imageUrl).toBe(url(BRIDGE).replace(/\.html$/, '.jpg'));
    expect(hours(byUrl.get(url(LIBRARY))!.publishedAt)).toBe(30); // no date on the page: the feed's
    expect(hours(byUrl.get(url(FAIR))!.publishedAt)).toBe(9);
  });

  it('takes no date from a feed that puts the article in the future', async () => {
    const future = new Date(Date.now() + 10 * 86_400_000).toISOString();
    await world.addFeed('outlet', world.web.feedUrl(OUTLET_HOST));
    const link = url(LIBRARY);
    await world.fetchAndSettle({
      sourceId: 'outlet',
      url: link,
      canonicalUrl: link,
      itemId: itemIdFor(link),
      hints: { title: null, publishedAt: future, author: null, summary: null },
    });
    const item = await world.storage.items.get(itemIdFor(link));
    expect(item?.title).toBe(world.web.articles.find((a) => a.slug === LIBRARY)!.title);
    expect(item?.publishedAt).toBeNull();
  });
});
