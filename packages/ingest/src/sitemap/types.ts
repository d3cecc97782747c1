/** What a Google News sitemap says about an article (<news:news>). */
export interface NewsHints {
  title: string | null;
  /** ISO 8601 UTC, never in the future. */
  publishedAt: string | null;
  /** ISO 639 code as the sitemap gives it ("vi", "zh-cn"), lower case. */
  language: string | null;
  /** <news:publication><news:name>. */
  publication: string | null;
}

/** One <url> of a urlset (or one line of a plain-text sitemap). */
export interface SitemapEntry {
  /** Absolute http(s) URL, resolved against the sitemap URL (not canonicalised). */
  url: string;
  /** <lastmod>, ISO 8601 UTC, never in the future. */
  lastModified: string | null;
  news: NewsHints | null;
}

/** One <sitemap> of a sitemap index. */
export interface SitemapRef {
  url: string;
  lastModified: string | null;
}

export type ParsedSitemap =
  | { kind: 'urlset'; entries: SitemapEntry[] }
  | { kind: 'index'; sitemaps: SitemapRef[] };
