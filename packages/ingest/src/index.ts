// @presswatch/ingest: what the crawl and fetch stages need to talk to the web.
// http/ — the one outbound HTTP client; feed/ — RSS/Atom parsing; url/ — canonical URLs;
// extract/ — article metadata and main text.
export * from './dates.ts';
export * from './errors.ts';
export { parseHtml } from './extract/dom.ts';
export * from './extract/extract-article.ts';
export type * from './extract/types.ts';
// feed/ dates and opml/ — feed date parsing; OPML subscription lists ⇄ sources.
export { feedDateToIso, parseFeedDate } from './feed/feed-date.ts';
export * from './feed/parse-feed.ts';
export type * from './feed/types.ts';
export { htmlToText } from './html-text.ts';
// http/ safe fetch: clients with their own policy (allowlist, resolver, politeness, timeouts).
export { parseAllowlist } from './http/allowlist.ts';
export * from './http/charset.ts';
export * from './http/http-client.ts';
export * from './http/http-fetch.ts';
export { specialRangeOf } from './http/ip-ranges.ts';
export type { HostResolver, PhaseTimeouts, RobotsPolicy, SafeFetchPolicy } from './http/policy.ts';
export * from './http/retry-after.ts';
// sitemap/, listing/, render/ (browser pool), websub/ — the source kinds beyond RSS/Atom.
export * from './listing/index.ts';
export * from './opml/index.ts';
export * from './render/index.ts';
export * from './sitemap/index.ts';
export * from './url/canonical-from-html.ts';
export * from './url/canonicalize.ts';
export * from './url/page-urls.ts';
export * from './url/tracking-params.ts';
export * from './websub/index.ts';
