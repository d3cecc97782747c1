export interface FeedEntry {
  /** Absolute http(s) URL of the article, resolved against the feed URL (not canonicalised). */
  url: string;
  /** guid / Atom id, else the URL. */
  id: string;
  title: string | null;
  /** ISO 8601, never in the future. */
  publishedAt: string | null;
  author: string | null;
  /** Plain text. */
  summary: string | null;
  /** Full HTML content when the feed carries it (content:encoded, Atom content). */
  content: string | null;
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  entries: FeedEntry[];
}
