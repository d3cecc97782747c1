// The one entry point for outbound requests. The crawl and fetch stages (and later webhooks)
// call nothing else, so the SSRF guard, robots.txt, per-host politeness, timeouts, size and
// redirect caps and charset handling of http-client.ts apply to every request.
import { createHttpClient } from './http-client.ts';
import type { HttpClient, HttpFetchOptions, HttpResponse } from './types.ts';

export type { HttpClient, HttpFetchOptions, HttpResponse, HttpResponseHeaders } from './types.ts';

let shared: HttpClient | null = null;

/**
 * The client httpFetch uses when the options name none: the default policy — only public
 * addresses, 2 requests at a time and 1 s between requests per host, robots.txt honoured.
 * Created on first use.
 */
export function defaultHttpClient(): HttpClient {
  shared ??= createHttpClient({ allow: [] });
  return shared;
}

/**
 * GET a URL with redirects followed, through `options.client` or the default client. Resolves
 * for 2xx (body decoded to NFC text) and 304 (notModified); throws FetchError for anything else:
 * 'http' with the status and Retry-After, 'timeout' with the phase, 'too-large', 'network',
 * 'blocked' (SSRF guard), 'redirect', 'robots'. The caller's abort reason is rethrown as is.
 */
export function httpFetch(url: string, options: HttpFetchOptions): Promise<HttpResponse> {
  return (options.client ?? defaultHttpClient()).fetch(url, options);
}
