import { type CheerioAPI, load } from 'cheerio';
import { canonicalizeUrl } from './canonicalize.ts';
import { ownerOf } from './site.ts';

export { ownerOf, ownerOfUrl, siteOf } from './site.ts';

/** Which sites a page may name as its canonical URL, besides its own (see mayClaimUrl). */
export interface CanonicalPolicy {
  /** Owners (ownerOf) a page may also point to: the source's own site, set by an administrator. */
  trustedOwners?: readonly string[];
}

/** The page's declared canonical URL (rel=canonical, then og:url), canonicalised, or null. */
export function canonicalFromHtml(
  html: string,
  pageUrl: string,
  policy: CanonicalPolicy = {},
): string | null {
  return canonicalFromDocument(load(html), pageUrl, policy);
}

/** Same as canonicalFromHtml for a document already loaded by cheerio. */
export function canonicalFromDocument(
  $: CheerioAPI,
  pageUrl: string,
  policy: CanonicalPolicy = {},
): string | null {
  const candidates = [
    $('link[rel~="canonical" i][href]').first().attr('href'),
    $('meta[property="og:url" i][content]').first().attr('content'),
  ];
  for (const candidate of candidates) {
    const url = claimableUrl(candidate, pageUrl, policy);
    if (url) return url;
  }
  return null;
}

/**
 * A URL a page declares about itself (canonical, og:url, AMP or mobile alternate), resolved and
 * canonicalised, when the page may claim it; else null.
 *
 * The rule, because a claimed URL dedupes whatever else links to it: a page speaks only for its
 * own site. The URL must be http(s) and its host's owner (ownerOf: the registrable domain, the
 * tenant on shared hosting) must be the owner of the page that served the declaration (after
 * redirects) or one the policy trusts. So m.bao.vn may name www.bao.vn, but a page on another
 * outlet's domain (syndication, a staging host, or a hostile page hijacking a story) is ignored.
 * A canonical pointing at the site's home page from an article is a CMS template bug: refused.
 */
export function claimableUrl(
  candidate: string | undefined,
  pageUrl: string,
  policy: CanonicalPolicy = {},
): string | null {
  if (!candidate?.trim()) return null;
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(candidate.trim(), page);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const owner = ownerOf(url.hostname);
  if (owner !== ownerOf(page.hostname) && !policy.trustedOwners?.includes(owner)) return null;
  if (url.pathname === '/' && page.pathname !== '/') return null;
  return canonicalizeUrl(url.href);
}
