import { type CheerioAPI, load } from 'cheerio';
import { canonicalizeUrl } from './canonicalize.ts';

/** The page's declared canonical URL (rel=canonical, then og:url), canonicalised, or null. */
export function canonicalFromHtml(html: string, pageUrl: string): string | null {
  return canonicalFromDocument(load(html), pageUrl);
}

/** Same as canonicalFromHtml for a document already loaded by cheerio. */
export function canonicalFromDocument($: CheerioAPI, pageUrl: string): string | null {
  const candidates = [
    $('link[rel~="canonical" i][href]').first().attr('href'),
    $('meta[property="og:url" i][content]').first().attr('content'),
  ];
  for (const candidate of candidates) {
    const url = plausibleCanonical(candidate, pageUrl);
    if (url) return url;
  }
  return null;
}

// CMS templates get canonical wrong in two common ways: pointing at another site (syndication
// or a staging host) and pointing every article at the home page. Both are refused.
function plausibleCanonical(candidate: string | undefined, pageUrl: string): string | null {
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
  if (siteOf(url.hostname) !== siteOf(page.hostname)) return null;
  if (url.pathname === '/' && page.pathname !== '/') return null;
  return canonicalizeUrl(url.href);
}

// Second-level labels under which registrations happen in country-code TLDs (com.vn, gov.vn,
// co.uk…). An approximation of the public suffix list that fits news sites.
const SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co', 'info', 'int', 'biz', 'name']);

/** The registrable domain of a host, approximately ("m.baoquangtri.vn" → "baoquangtri.vn"). */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return host;
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}
