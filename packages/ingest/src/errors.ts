// Errors the ingest helpers throw. Transport-neutral: the crawl and fetch stages turn them into
// source health and retry decisions.

export const FETCH_ERROR_KINDS = ['timeout', 'too-large', 'network', 'http'] as const;
export type FetchErrorKind = (typeof FETCH_ERROR_KINDS)[number];

export interface FetchErrorDetails {
  url: string;
  /** HTTP status, for kind 'http' (and 'too-large' when the server answered). */
  status?: number | null;
  /** The Retry-After header of a 429/503 answer, as sent. */
  retryAfter?: string | null;
  /** The same in seconds from now, when it parses. */
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

/** An outbound request that did not produce a usable answer. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly kind: FetchErrorKind;
  readonly url: string;
  readonly status: number | null;
  readonly retryAfter: string | null;
  readonly retryAfterSeconds: number | null;

  constructor(kind: FetchErrorKind, message: string, details: FetchErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.url = details.url;
    this.status = details.status ?? null;
    this.retryAfter = details.retryAfter ?? null;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
  }
}

/** A document that is not a feed rss-parser can read (HTML page, malformed XML, empty body). */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
  readonly feedUrl: string;

  constructor(message: string, feedUrl: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.feedUrl = feedUrl;
  }
}
