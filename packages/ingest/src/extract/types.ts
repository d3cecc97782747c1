export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** ISO 8601, never in the future. */
  publishedAt: string | null;
  /** Primary language subtag the page declares ("vi" for lang="vi-VN"): a hint, not detection. */
  language: string | null;
  /** Declared canonical URL (rel=canonical, og:url), canonicalised; null when absent or implausible. */
  canonicalUrl: string | null;
  /** Main text, paragraphs separated by blank lines. As on the page: no Unicode normalisation. */
  text: string;
}
