// Listing pages read with per-source selectors, against the fixture web's section front; then
// each way a selector can be wrong, which must name the selector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTING_PATH, LISTING_SELECTORS } from '../../../tests/fixture-web/extra/index.ts';
import { type FixtureWeb, startFixtureWeb } from '../../../tests/fixture-web/index.ts';
import { ListingError, listingSelectorsOf, parseListing, parseListingDate } from '../src/index.ts';

let web: FixtureWeb;
let html: string;
let pageUrl: string;
const now = new Date();

beforeAll(async () => {
  web = await startFixtureWeb({ now });
  pageUrl = `${web.url}${LISTING_PATH}`;
  html = await (await fetch(pageUrl)).text();
});
afterAll(() => web.close());

describe('parseListing', () => {
  it('finds every story once, with canonical links, titles and dates, and nothing from the sidebar', () => {
    const entries = parseListing(html, pageUrl, listingSelectorsOf(LISTING_SELECTORS, pageUrl), { now });
    const stories = web.articles.filter((a) => a.outlet === 'quang-tri-moi');
    // The featured story appears twice on the page and once here; utm_* parameters are gone.
    expect(entries.map((e) => e.url)).toEqual(stories.map((a) => a.url));
    expect(entries.map((e) => e.title)).toEqual(stories.map((a) => a.title));
    // The page prints minutes at UTC+7: the date comes back to the minute.
    const minute = (iso: string) => iso.slice(0, 16);
    expect(entries.map((e) => minute(e.publishedAt!))).toEqual(stories.map((a) => minute(a.publishedAt)));
  });

  it('uses the link text as the title when no title selector is given', () => {
    const entries = parseListing(html, pageUrl, { item: 'section.list article.story', link: 'h3 a' });
    expect(entries[0]!.title).toBe(web.articles.find((a) => a.outlet === 'quang-tri-moi')!.title);
    expect(entries[0]!.publishedAt).toBeNull();
  });

  it('resolves links against <base href> and takes the <a> around a non-link match', () => {
    const page = `<html><head><base href="https://tin.example/chuyen-muc/"></head><body>
      <a href="bai-mot?utm_source=x"><div class="card"><span class="t">Bài một</span></div></a>
      <div class="card"><span class="t"><a href="/bai-hai">Bài hai</a></span></div>
      <div class="card"><span class="t"><a href="javascript:void(0)">Không phải bài</a></span></div>
    </body></html>`;
    const entries = parseListing(page, 'https://tin.example/', { item: 'div.card', link: 'span.t' });
    expect(entries.map((e) => e.url)).toEqual([
      'https://tin.example/chuyen-muc/bai-mot',
      'https://tin.example/bai-hai',
    ]);
  });
});

describe('listing selector errors name the selector', () => {
  it('requires item and link', () => {
    expect(() => listingSelectorsOf(null, pageUrl)).toThrow(/needs selectors\.item and link/);
    expect(() => listingSelectorsOf({ item: 'article' }, pageUrl)).toThrow(/needs selectors\.link/);
  });

  it('reports a selector that does not parse', () => {
    expect(() => parseListing(html, pageUrl, { item: 'article >> .story', link: 'a' })).toThrow(
      /Invalid listing selector item "article >> \.story": Did not expect successive traversals/,
    );
    expect(() => parseListing(html, pageUrl, { item: 'article.story', link: 'a[href' })).toThrow(
      ListingError,
    );
  });

  it('reports an item selector that matches nothing (a redesigned site)', () => {
    expect(() => parseListing(html, pageUrl, { item: 'li.news-item', link: 'a' })).toThrow(
      `Listing selector item "li.news-item" matched nothing on ${pageUrl}`,
    );
  });

  it('reports a link selector that finds no link in any item', () => {
    expect(() => parseListing(html, pageUrl, { item: 'article.story', link: 'a.tieu-de' })).toThrow(
      /Listing selector link "a\.tieu-de" found no http\(s\) link in the \d+ elements matched by "article\.story"/,
    );
  });
});

describe('parseListingDate', () => {
  it('reads day-first dates at UTC+7, ISO dates as written, and never the future', () => {
    const at = new Date('2025-08-01T00:00:00Z');
    expect(parseListingDate('31/07/2025 08:30', at)).toBe('2025-07-31T01:30:00.000Z');
    expect(parseListingDate('Thứ năm, 31-7-2025', at)).toBe('2025-07-30T17:00:00.000Z');
    expect(parseListingDate('2025-07-31T08:30:00Z', at)).toBe('2025-07-31T08:30:00.000Z');
    expect(parseListingDate('31/12/2030 08:30', at)).toBeNull();
    expect(parseListingDate('hôm qua', at)).toBeNull();
  });
});
