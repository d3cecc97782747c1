export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** ISO 8601 UTC, never in the future. */
  publishedAt: string | null;
  /** ISO 8601 UTC of the last update the page declares; never before publishedAt or in the future. */
  updatedAt: string | null;
  /** Primary language subtag the page declares ("vi" for lang="vi-VN"), else one its script makes plain: a hint, not detection. */
  language: string | null;
  /** Declared canonical URL (rel=canonical, og:url), canonicalised; null when absent or implausible. */
  canonicalUrl: string | null;
  /** Absolute URL of the lead image (og:image, JSON-LD, else the first picture in the body). */
  image: string | null;
  /** Main text, paragraphs separated by blank lines. As on the page: no Unicode normalisation. */
  text: string;
}
