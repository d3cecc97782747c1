/** A document that is not a sitemap we can read (HTML page, other XML, a broken gzip file). */
export class SitemapParseError extends Error {
  override readonly name = 'SitemapParseError';
  readonly sitemapUrl: string;

  constructor(message: string, sitemapUrl: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.sitemapUrl = sitemapUrl;
  }
}
