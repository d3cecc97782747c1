// Errors the ingest helpers throw. Transport-neutral: the crawl and fetch stages turn them into
// source health and retry decisions.

/**
 * Why an outbound request gave no usable answer: `timeout` (see phase), `too-large` (body over the
 * cap, counted after decompression), `network` (refused, reset, bad URL, undecodable body),
 * `http` (a status other than 2xx/304), `blocked` (the SSRF guard refused the address or the
 * scheme), `redirect` (too many redirects, a loop, or a redirect to a scheme we do not fetch),
 * `robots` (robots.txt disallows the URL for our user agent, or could not be read).
 */
export const FETCH_ERROR_KINDS = [
  'timeout',
  'too-large',
  'network',
  'http',
  'blocked',
  'redirect',
  'robots',
] as const;
export type FetchErrorKind = (typeof FETCH_ERROR_KINDS)[number];

/** For kind 'timeout': the budget that ran out. 'total' is the whole exchange's timeoutMs. */
export type FetchTimeoutPhase = 'connect' | 'headers' | 'body' | 'total';

export interface FetchErrorDetails {
  url: string;
  /** HTTP status, for kind 'http' (and 'too-large' when the server answered). */
  status?: number | null;
  /** The Retry-After header of a 429/503 answer, as sent. */
  retryAfter?: string | null;
  /** The same in seconds from now, when it parses. */
  retryAfterSeconds?: number | null;
  /** For kind 'timeout'. */
  phase?: FetchTimeoutPhase | null;
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
  readonly phase: FetchTimeoutPhase | null;

  constructor(kind: FetchErrorKind, message: string, details: FetchErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.url = details.url;
    this.status = details.status ?? null;
    this.retryAfter = details.retryAfter ?? null;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
    this.phase = details.phase ?? null;
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
