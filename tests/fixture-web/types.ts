// Shapes of the fixture web: the article data files, the outlets, and what a running fixture
// web tells a test or the demo.

export type OutletKey = 'quang-tri-moi' | 'song-nhat-le' | 'mekong-ledger';

/** One article as written in articles/*.ts. All text is fictional, written for this project. */
export interface FixtureArticle {
  outlet: OutletKey;
  /** Last path segment of the page URL. */
  slug: string;
  section: string;
  sectionSlug: string;
  title: string;
  /** Lead paragraph (sapo) and feed description. */
  summary: string;
  byline: string;
  /** Published this many hours before the fixture web started. */
  hoursAgo: number;
  paragraphs: string[];
  tags: string[];
  /**
   * Words a search should find this article by, in canonical form (NFC, modern tone placement
   * "thủy"), i.e. as they read after text normalisation, whatever form the page uses.
   */
  keywords: string[];
  /** 'nfd': the page is served in decomposed Unicode; 'old-tone': written with "hoà", "thuỷ". */
  form?: 'nfd' | 'old-tone';
  comments?: { author: string; text: string }[];
}

/** A new article published at run time with addArticle. */
export interface NewFixtureArticle {
  title: string;
  paragraphs: string[];
  summary?: string;
  byline?: string;
  slug?: string;
  section?: string;
  tags?: string[];
  keywords?: string[];
  /** Default: now. */
  publishedAt?: Date;
}

export type FeedFormat = 'rss' | 'atom';

/** A feed the fixture web serves, with what a source registration needs. */
export interface FixtureFeed {
  /** Short stable name, usable in ids: "quang-tri-moi". */
  name: OutletKey;
  /** Outlet name as readers see it: "Báo Quảng Trị Mới". */
  title: string;
  url: string;
  format: FeedFormat;
  language: string;
  /** ISO 3166-1 alpha-2, lower case. */
  country: string;
  domestic: boolean;
  /** The outlet's home page, which lists its articles. */
  homeUrl: string;
}

/** An article page the fixture web serves. */
export interface ServedArticle {
  outlet: OutletKey;
  /** Page URL, which is also its rel=canonical. */
  url: string;
  /** The link the feed gives, with utm_* parameters: canonicalises to url. */
  feedLink: string;
  title: string;
  language: string;
  publishedAt: string;
  keywords: string[];
  /** The data the page was rendered from. */
  article: FixtureArticle;
}

export interface FixtureWebOptions {
  /** Default: a free port. */
  port?: number;
  host?: '127.0.0.1';
  /** The clock article dates are counted back from. Default: now. */
  now?: Date;
}

export interface FixtureWeb {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  port: number;
  feeds: FixtureFeed[];
  /** Every article page served, newest first; grows with addArticle. */
  articles: ServedArticle[];
  /** Answers 500. */
  brokenFeedUrl: string;
  /** An HTML page served as application/rss+xml. */
  notAFeedUrl: string;
  /** Publishes an article: the page is served and the feed (by name or title) gains an entry. */
  addArticle(feed: string, article: NewFixtureArticle): ServedArticle;
  /** Requests received for a path (or the path of a URL), 304s included. */
  requests(pathOrUrl: string): number;
  close(): Promise<void>;
}
