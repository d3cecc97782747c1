// The one module that makes outbound requests. The crawl and fetch stages call nothing else, so
// the SSRF guard, robots.txt, per-host politeness and redirect caps slot in here later.
import { FetchError } from '../errors.ts';
import { decodeBody } from './charset.ts';
import { readLimitedBody } from './read-body.ts';
import { retryAfterSeconds } from './retry-after.ts';

export interface HttpFetchOptions {
  /** Validators from the previous answer: sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** The caller's cancellation; its reason is rethrown as is. */
  signal?: AbortSignal;
  userAgent: string;
  /** Budget for the whole exchange: connect, headers and body. */
  timeoutMs: number;
  /** Cap on the decoded body size. */
  maxBytes: number;
  accept?: string;
}

export interface HttpResponseHeaders {
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  retryAfter: string | null;
}

export interface HttpResponse {
  status: number;
  /** Final URL, after redirects. */
  url: string;
  /** 304: the validators still hold and body is empty. */
  notModified: boolean;
  headers: HttpResponseHeaders;
  body: string;
}

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * GET a URL with redirects followed. Resolves for 2xx and 304; throws FetchError for anything
 * else (kind 'http' with the status, 'timeout', 'too-large', 'network').
 */
export async function httpFetch(url: string, options: HttpFetchOptions): Promise<HttpResponse> {
  assertHttpUrl(url);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  try {
    const res = await fetch(url, {
      method: 'GET',
      redirect: 'follow',
      headers: requestHeaders(options),
      signal,
    });
    return await readResponse(url, res, options.maxBytes);
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.signal.aborted) {
      throw new FetchError('timeout', `Timed out after ${options.timeoutMs} ms: ${url}`, { url, cause: err });
    }
    throw new FetchError('network', `Request failed: ${url}: ${describe(err)}`, { url, cause: err });
  } finally {
    clearTimeout(timer);
  }
}

function requestHeaders(options: HttpFetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? DEFAULT_ACCEPT,
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

async function readResponse(requestUrl: string, res: Response, maxBytes: number): Promise<HttpResponse> {
  const finalUrl = res.url || requestUrl;
  const headers = responseHeaders(res.headers);
  if (res.status === 304) {
    await res.body?.cancel();
    return { status: 304, url: finalUrl, notModified: true, headers, body: '' };
  }
  if (res.status < 200 || res.status > 299) {
    await res.body?.cancel();
    throw new FetchError('http', `HTTP ${res.status}: ${finalUrl}`, {
      url: finalUrl,
      status: res.status,
      retryAfter: headers.retryAfter,
      retryAfterSeconds: retryAfterSeconds(headers.retryAfter),
    });
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw new FetchError('too-large', `Content-Length ${declared} exceeds ${maxBytes} bytes: ${finalUrl}`, {
      url: finalUrl,
      status: res.status,
    });
  }
  const bytes = await readLimitedBody(res.body, maxBytes, finalUrl, res.status);
  const body = decodeBody(bytes, headers.contentType);
  return { status: res.status, url: finalUrl, notModified: false, headers, body };
}

function responseHeaders(h: Headers): HttpResponseHeaders {
  return {
    contentType: h.get('content-type'),
    etag: h.get('etag'),
    lastModified: h.get('last-modified'),
    retryAfter: h.get('retry-after'),
  };
}

function assertHttpUrl(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch (err) {
    throw new FetchError('network', `Invalid URL: ${url}`, { url, cause: err });
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new FetchError('network', `Only http and https URLs are fetched: ${url}`, { url });
  }
}

// undici reports "fetch failed" and puts the useful part (ECONNREFUSED, ENOTFOUND…) in cause.
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${err.message}${cause}`;
}
