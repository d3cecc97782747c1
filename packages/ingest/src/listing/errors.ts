/**
 * A listing page that the source's selectors cannot read: selectors missing or invalid, or
 * matching nothing (the site was redesigned). The message names the selector, for source health.
 */
export class ListingError extends Error {
  override readonly name = 'ListingError';
  readonly pageUrl: string;

  constructor(message: string, pageUrl: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.pageUrl = pageUrl;
  }
}
