// What the fixture web serves and how it changes: the outlets' feeds with their validators,
// the article pages, and addArticle.
import { createHash } from 'node:crypto';
import { FIXTURE_ARTICLES } from './articles/index.ts';
import { slugify } from './format.ts';
import { articlePath, OUTLETS, type Outlet, outletByKey } from './outlets.ts';
import { renderArticlePage } from './render-article.ts';
import { renderFeed } from './render-feeds.ts';
import type { FixtureArticle, FixtureFeed, NewFixtureArticle, OutletKey, ServedArticle } from './types.ts';

export interface FeedDocument {
  body: string;
  etag: string;
  lastModified: Date;
}

export class Catalogue {
  readonly feeds: FixtureFeed[];
  /** Newest first. */
  readonly articles: ServedArticle[] = [];
  private readonly updated = new Map<OutletKey, Date>();
  private readonly pages = new Map<string, ServedArticle>();
  private added = 0;

  constructor(
    private readonly base: string,
    now: Date,
  ) {
    this.feeds = OUTLETS.map((o) => ({
      name: o.key,
      title: o.name,
      url: `${base}${o.feedPath}`,
      format: o.format,
      language: o.language,
      country: o.country,
      domestic: o.domestic,
      homeUrl: `${base}/${o.key}/`,
    }));
    for (const article of FIXTURE_ARTICLES) {
      this.publish(article, new Date(now.getTime() - article.hoursAgo * 3_600_000));
    }
    for (const outlet of OUTLETS) {
      const newest = this.articlesOf(outlet.key)[0];
      this.updated.set(outlet.key, wholeSeconds(newest ? new Date(newest.publishedAt) : now));
    }
  }

  feed(key: OutletKey): FixtureFeed {
    return this.feeds.find((f) => f.name === key)!;
  }

  /** The outlet whose feed or home page lives at this path. */
  outletAt(path: string): { outlet: Outlet; kind: 'feed' | 'home' } | null {
    for (const outlet of OUTLETS) {
      if (path === outlet.feedPath) return { outlet, kind: 'feed' };
      if (path === `/${outlet.key}/` || path === `/${outlet.key}`) return { outlet, kind: 'home' };
    }
    return null;
  }

  articlesOf(key: OutletKey): ServedArticle[] {
    return this.articles.filter((a) => a.outlet === key);
  }

  feedDocument(key: OutletKey): FeedDocument {
    const outlet = outletByKey(key);
    const feed = this.feed(key);
    const updated = this.updated.get(key)!;
    const body = renderFeed({
      outlet,
      feedUrl: feed.url,
      homeUrl: feed.homeUrl,
      items: this.articlesOf(key),
      updated,
    });
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    return { body, etag, lastModified: updated };
  }

  /** The HTML of the article page at this path, or null. */
  articlePage(path: string): { page: ServedArticle; html: string } | null {
    const page = this.pages.get(path);
    if (!page) return null;
    const outlet = outletByKey(page.outlet);
    const feed = this.feed(page.outlet);
    const related = this.articlesOf(page.outlet)
      .filter((a) => a !== page)
      .map((a) => ({ url: a.url, title: a.title }));
    const html = renderArticlePage({ outlet, page, related, homeUrl: feed.homeUrl, feedUrl: feed.url });
    return { page, html };
  }

  /** addArticle: the feed given by name or title gains the article. */
  add(feedName: string, input: NewFixtureArticle): ServedArticle {
    const feed = this.feeds.find((f) => f.name === feedName || f.title === feedName);
    if (!feed)
      throw new Error(`No fixture feed "${feedName}"; known: ${this.feeds.map((f) => f.name).join(', ')}`);
    this.added += 1;
    const article: FixtureArticle = {
      outlet: feed.name,
      slug: input.slug ?? `${slugify(input.title)}-${9000 + this.added}`,
      section: input.section ?? (feed.language === 'vi' ? 'Thời sự' : 'News'),
      sectionSlug: slugify(input.section ?? (feed.language === 'vi' ? 'thoi-su' : 'news')),
      title: input.title,
      summary: input.summary ?? input.paragraphs[0] ?? input.title,
      byline: input.byline ?? (feed.language === 'vi' ? 'Phóng viên' : 'Staff reporter'),
      hoursAgo: 0,
      paragraphs: input.paragraphs,
      tags: input.tags ?? [],
      keywords: input.keywords ?? [],
    };
    const publishedAt = input.publishedAt ?? new Date();
    const served = this.publish(article, publishedAt);
    // Strictly later than before, so If-Modified-Since (whole seconds) sees the change.
    const previous = this.updated.get(feed.name)!;
    this.updated.set(
      feed.name,
      new Date(Math.max(wholeSeconds(new Date()).getTime(), previous.getTime() + 1000)),
    );
    return served;
  }

  private publish(article: FixtureArticle, publishedAt: Date): ServedArticle {
    const outlet = outletByKey(article.outlet);
    const path = articlePath(article.outlet, article.sectionSlug, article.slug);
    const url = `${this.base}${path}`;
    const served: ServedArticle = {
      outlet: article.outlet,
      url,
      feedLink: `${url}?${outlet.feedTracking}`,
      title: article.title,
      language: outlet.language,
      publishedAt: wholeSeconds(publishedAt).toISOString(),
      keywords: article.keywords,
      article,
    };
    this.pages.set(path, served);
    this.articles.push(served);
    this.articles.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    return served;
  }
}

function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
