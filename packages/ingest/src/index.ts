// @presswatch/ingest: what the crawl and fetch stages need to talk to the web.
// http/ — the one outbound HTTP client; feed/ — RSS/Atom parsing; url/ — canonical URLs;
// extract/ — article metadata and main text.
export * from './dates.ts';
export * from './errors.ts';
export * from './extract/extract-article.ts';
export type * from './extract/types.ts';
export * from './feed/parse-feed.ts';
export type * from './feed/types.ts';
export { htmlToText } from './html-text.ts';
export * from './http/charset.ts';
export * from './http/http-fetch.ts';
export * from './http/retry-after.ts';
export * from './url/canonical-from-html.ts';
export * from './url/canonicalize.ts';
export * from './url/tracking-params.ts';
