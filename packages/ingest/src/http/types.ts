// The shapes of the one outbound HTTP client: what a request asks for, what it gets back.

export interface HttpFetchOptions {
  /** Validators from the previous answer: sent as If-None-Match / If-Modified-Since. */
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  /**
   * Send no validators even when given: a periodic full fetch, because some servers keep
   * answering 304 after the content changed.
   */
  unconditional?: boolean | undefined;
  /** The caller's cancellation; its reason is rethrown as is. */
  signal?: AbortSignal | undefined;
  /** Identifies us to the site (and names the robots.txt group we follow). */
  userAgent: string;
  /**
   * Budget for the whole exchange — connect, headers and body of every redirect hop — not
   * counting the wait for a per-host slot. Default 60 s.
   */
  timeoutMs?: number | undefined;
  /** Per-phase budgets; defaults come from the client's policy. */
  connectTimeoutMs?: number | undefined;
  headersTimeoutMs?: number | undefined;
  bodyTimeoutMs?: number | undefined;
  /** Cap on the body, counted on the wire and after decompression. Default 5 MiB. */
  maxBytes?: number | undefined;
  accept?: string | undefined;
  /** Check robots.txt first (default: the client's policy, on unless turned off there). */
  robots?: boolean | undefined;
  /** The client to use; httpFetch uses a shared default client (private addresses refused). */
  client?: HttpClient | undefined;
  /** Default GET. POST is for small form submissions (WebSub subscription requests); after a redirect the next hop is a GET. */
  method?: 'GET' | 'POST' | undefined;
  /** Request body, sent with POST. */
  body?: string | Uint8Array | undefined;
  /** Extra request headers (the body's content-type); user-agent, accept and validators are set from the options above. */
  headers?: Record<string, string> | undefined;
}

export interface HttpResponseHeaders {
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  retryAfter: string | null;
  /** The Link header (RFC 8288), e.g. a feed's WebSub rel="hub" and rel="self". */
  link: string | null;
}

export interface HttpResponse {
  status: number;
  /** Final URL, after redirects. */
  url: string;
  /** 304: the validators still hold and body is empty. */
  notModified: boolean;
  headers: HttpResponseHeaders;
  /** Decoded text in Unicode NFC. */
  body: string;
  /** The body's bytes after Content-Encoding was undone, before charset decoding (gzip'd sitemap files); empty for a 304. */
  raw: Uint8Array;
  /** Body size in bytes after Content-Encoding was undone (what maxBytes caps). */
  bytes: number;
  /** Body size in bytes as received. */
  wireBytes: number;
  /** The charset the body was decoded from; null for a 304. */
  charset: string | null;
}

/** A client with its own policy, keep-alive connections, per-host limits and robots cache. */
export interface HttpClient {
  /** GET with redirects followed; see httpFetch. */
  fetch(url: string, options: HttpFetchOptions): Promise<HttpResponse>;
  /** Closes kept-alive connections. */
  close(): void;
}
