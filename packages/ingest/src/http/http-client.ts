// createHttpClient: the safe-fetch pipeline for one policy. Per hop:
//
//   assertTarget (scheme, literal IP) → robots.txt → per-host slot → exchange (guarded connect,
//   timeouts, capped body) → redirect? next hop : answer → charset decode
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { FetchError } from '../errors.ts';
import { createAddressGuard } from './address-guard.ts';
import { decodeDocument } from './charset.ts';
import { createTransport, type ExchangeResult, exchange } from './exchange.ts';
import { HostLimiter } from './host-limiter.ts';
import { type ResolvedPolicy, resolvePolicy, type SafeFetchPolicy } from './policy.ts';
import { RedirectTrail } from './redirects.ts';
import { retryAfterSeconds } from './retry-after.ts';
import { RobotsCache, robotsTokenOf } from './robots.ts';
import type { HttpClient, HttpFetchOptions, HttpResponse, HttpResponseHeaders } from './types.ts';

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** RFC 9309: at least 500 KiB of a robots.txt must be read; the rest is ignored. */
const ROBOTS_MAX_BYTES = 512 * 1024;

interface InternalOptions extends HttpFetchOptions {
  truncate?: boolean;
}

/** A client that refuses private addresses except those `policy.allow` names. */
export function createHttpClient(policy: SafeFetchPolicy): HttpClient {
  const settings = resolvePolicy(policy);
  const transport = createTransport(createAddressGuard(settings.allow, settings.resolver));
  const limiter = new HostLimiter(settings.perHostConcurrency, settings.perHostDelayMs);
  const robots = new RobotsCache(async (robotsUrl, request) => {
    const { userAgent, timeoutMs, connectTimeoutMs, headersTimeoutMs, bodyTimeoutMs } = request;
    const options = { userAgent, timeoutMs, connectTimeoutMs, headersTimeoutMs, bodyTimeoutMs };
    const accept = 'text/plain';
    return (
      await get(robotsUrl, { ...options, accept, maxBytes: ROBOTS_MAX_BYTES, truncate: true, robots: false })
    ).body;
  }, settings.robots);

  async function get(rawUrl: string, options: InternalOptions): Promise<HttpResponse> {
    let url = parseUrl(rawUrl);
    const trail = new RedirectTrail(url, settings.maxRedirects);
    let headers = requestHeaders(options);
    let method = options.method ?? 'GET';
    let body = options.body;
    let budget = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    try {
      for (;;) {
        transport.guard.assertTarget(url);
        if (options.robots ?? settings.robots.enabled) {
          const token = settings.robots.token ?? robotsTokenOf(options.userAgent);
          await robots.assertAllowed(url, { token, request: options });
        }
        const release = await limiter.acquire(url.hostname, options.signal);
        const started = Date.now();
        let result: ExchangeResult;
        try {
          result = await exchange(transport, {
            url,
            headers,
            timeouts: phaseTimeouts(settings, options),
            deadline: started + budget,
            maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
            truncate: options.truncate ?? false,
            signal: options.signal,
            method,
            body,
          });
        } finally {
          release();
        }
        budget -= Date.now() - started;
        const next = trail.next(url, result.status, result.headers);
        if (!next) return toResponse(url, result);
        url = next;
        // A redirected POST goes on as a GET without its body, as browsers do for 301–303.
        if (method !== 'GET') {
          method = 'GET';
          body = undefined;
          headers = requestHeaders({ ...options, body: undefined, headers: undefined });
        }
      }
    } catch (err) {
      if (options.signal?.aborted) throw options.signal.reason;
      throw err;
    }
  }

  return {
    fetch: (url, options) => get(url, options),
    close() {
      transport.http.destroy();
      transport.https.destroy();
    },
  };
}

function parseUrl(raw: string): URL {
  try {
    const url = new URL(raw);
    url.hash = '';
    return url;
  } catch (err) {
    throw new FetchError('network', `Invalid URL: ${raw}`, { url: raw, cause: err });
  }
}

function requestHeaders(options: HttpFetchOptions): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    ...options.headers,
    'user-agent': options.userAgent,
    accept: options.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body);
  if (!options.unconditional) {
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  }
  return headers;
}

function phaseTimeouts(settings: ResolvedPolicy, options: HttpFetchOptions) {
  return {
    connectMs: options.connectTimeoutMs ?? settings.timeouts.connectMs,
    headersMs: options.headersTimeoutMs ?? settings.timeouts.headersMs,
    bodyMs: options.bodyTimeoutMs ?? settings.timeouts.bodyMs,
  };
}

/** 2xx → decoded answer; 304 → notModified; anything else → FetchError 'http'. */
function toResponse(url: URL, result: ExchangeResult): HttpResponse {
  const headers = responseHeaders(result.headers);
  const base = { status: result.status, url: url.href, headers };
  if (result.status === 304) {
    return {
      ...base,
      notModified: true,
      body: '',
      raw: new Uint8Array(0),
      bytes: 0,
      wireBytes: 0,
      charset: null,
    };
  }
  if (!result.body) {
    throw new FetchError('http', `HTTP ${result.status}: ${url.href}`, {
      url: url.href,
      status: result.status,
      retryAfter: headers.retryAfter,
      retryAfterSeconds: retryAfterSeconds(headers.retryAfter),
    });
  }
  const decoded = decodeDocument(result.body.bytes, headers.contentType);
  return {
    ...base,
    notModified: false,
    body: decoded.text,
    raw: result.body.bytes,
    bytes: result.body.bytes.byteLength,
    wireBytes: result.body.wireBytes,
    charset: decoded.charset,
  };
}

function responseHeaders(h: IncomingHttpHeaders): HttpResponseHeaders {
  return {
    contentType: h['content-type'] ?? null,
    etag: h.etag ?? null,
    lastModified: h['last-modified'] ?? null,
    retryAfter: h['retry-after'] ?? null,
    link: Array.isArray(h.link) ? h.link.join(', ') : (h.link ?? null),
  };
}
