// Sitemaps: parsing (urlset, sitemapindex, Google News, plain text), gzip'd files, and the choice
// of what is recent enough to crawl. Fetching stays with the crawl stage (httpFetch).

export { isGzip, sitemapText } from './decompress.ts';
export { SitemapParseError } from './errors.ts';
export { type ParseSitemapOptions, parseSitemap } from './parse-sitemap.ts';
export { entryDate, type RecentOptions, selectChildSitemaps, selectRecentEntries } from './recent.ts';
export type * from './types.ts';
