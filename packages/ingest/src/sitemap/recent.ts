// A news site's sitemap can list its whole archive. The crawl keeps what is recent, so adding a
// sitemap source does not enqueue ten years of history; item-id dedupe does the rest.
import type { SitemapEntry, SitemapRef } from './types.ts';

export interface RecentOptions {
  now: Date;
  /** Keep entries (and child sitemaps) dated within this many days. */
  maxAgeDays: number;
  /** Cap on what is kept; dated newest first, then undated in document order. */
  limit: number;
  /**
   * Entries without any date: kept (after the dated ones) by default, since small sites often
   * omit lastmod; set false for sources whose archive sitemaps are undated.
   */
  keepUndated?: boolean;
}

/** The date that says how fresh an entry is: the news publication date, else lastmod. */
export function entryDate(entry: SitemapEntry): string | null {
  return entry.news?.publishedAt ?? entry.lastModified;
}

export function selectRecentEntries(entries: SitemapEntry[], options: RecentOptions): SitemapEntry[] {
  return selectRecent(entries, entryDate, options);
}

/** Child sitemaps of an index worth reading: recent ones, newest first, at most `limit`. */
export function selectChildSitemaps(refs: SitemapRef[], options: RecentOptions): SitemapRef[] {
  return selectRecent(refs, (ref) => ref.lastModified, options);
}

function selectRecent<T>(items: T[], dateOf: (item: T) => string | null, options: RecentOptions): T[] {
  const cutoff = options.now.getTime() - options.maxAgeDays * 86_400_000;
  const dated: { item: T; ms: number }[] = [];
  const undated: T[] = [];
  for (const item of items) {
    const date = dateOf(item);
    if (date === null) undated.push(item);
    else if (Date.parse(date) >= cutoff) dated.push({ item, ms: Date.parse(date) });
  }
  dated.sort((a, b) => b.ms - a.ms);
  const kept = dated.map((d) => d.item).concat(options.keepUndated === false ? [] : undated);
  return kept.slice(0, Math.max(0, options.limit));
}
