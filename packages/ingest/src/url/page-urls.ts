// The URLs an article page says it is known by: its canonical URL and the alternates that are
// the same article in another dress (AMP, the mobile site). The fetch stage records them all as
// seen-URL aliases, so a later link to any of them is recognised before it is fetched.
import { type CheerioAPI, load } from 'cheerio';
import { type CanonicalPolicy, canonicalFromDocument, claimableUrl } from './canonical-from-html.ts';

export interface DeclaredPageUrls {
  /** rel=canonical, else og:url; canonicalised; null when absent or not claimable. */
  canonical: string | null;
  /** rel=amphtml and media-qualified rel=alternate (mobile) URLs, canonicalised, claimable only. */
  alternates: string[];
}

// The declarations live in <head>; parsing only that keeps this cheap beside extraction.
const HEAD_LIMIT = 256 * 1024;

/** What the page at pageUrl (its URL after redirects) declares; see claimableUrl for the rule. */
export function declaredPageUrls(
  html: string,
  pageUrl: string,
  policy: CanonicalPolicy = {},
): DeclaredPageUrls {
  const $ = load(headOf(html));
  const canonical = canonicalFromDocument($, pageUrl, policy);
  const alternates = new Set<string>();
  for (const href of alternateHrefs($)) {
    const url = claimableUrl(href, pageUrl, policy);
    if (url && url !== canonical) alternates.add(url);
  }
  return { canonical, alternates: [...alternates] };
}

// Translations (hreflang) and feeds (type) are other documents, not other URLs of this one.
function alternateHrefs($: CheerioAPI): string[] {
  const amp = $('link[rel~="amphtml" i][href]').map((_, el) => $(el).attr('href'));
  const mobile = $('link[rel~="alternate" i][media][href]')
    .filter((_, el) => !$(el).attr('hreflang') && !$(el).attr('type'))
    .map((_, el) => $(el).attr('href'));
  return [...amp.get(), ...mobile.get()].filter((href): href is string => typeof href === 'string');
}

function headOf(html: string): string {
  const end = html.search(/<\/head\s*>/i);
  return end === -1 ? html.slice(0, HEAD_LIMIT) : html.slice(0, Math.min(end, HEAD_LIMIT));
}
