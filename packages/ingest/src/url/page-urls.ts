// The URLs an article page says it is known by: its canonical URL and the alternates that are
// the same article in another dress (AMP, the mobile site). The fetch stage records them all as
// seen-URL aliases, so a later link to any of them is recognised before it is fetched.
import { type CheerioAPI, load } from 'cheerio';
import {
  type AnyNode,
  type Document,
  Document as DomDocument,
  Element as DomElement,
  isTag,
} from 'domhandler';
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
  return declaredIn(load(headOf(html)), pageUrl, policy);
}

/**
 * The same for a page parsed already (htmlparser2, as extraction parses it), read from the <link>
 * and <meta> elements of its <head>: the fetch stage parses each page once. Null when the page
 * has no <head> element; then ask declaredPageUrls.
 */
export function declaredPageUrlsOfParsed(
  doc: Document,
  pageUrl: string,
  policy: CanonicalPolicy = {},
): DeclaredPageUrls | null {
  const head = headElementOf(doc);
  return head ? declaredIn(load(declarationsOf(head)), pageUrl, policy) : null;
}

function declaredIn($: CheerioAPI, pageUrl: string, policy: CanonicalPolicy): DeclaredPageUrls {
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

function headElementOf(doc: Document): DomElement | null {
  for (const node of doc.children) {
    if (!isTag(node)) continue;
    if (node.name === 'head') return node;
    if (node.name === 'html')
      return node.children.find((c): c is DomElement => isTag(c) && c.name === 'head') ?? null;
  }
  return null;
}

// Detached copies of the head's <link> and <meta> elements, as a document of their own: the
// selectors run over a handful of nodes, and cheerio never re-parents the page's own nodes.
// What an HTML parser reads as text in the head (<noscript>, scripts) is skipped, as before.
const OPAQUE = new Set(['noscript', 'script', 'style']);

function declarationsOf(head: DomElement): DomDocument {
  const copies: DomElement[] = [];
  const visit = (children: AnyNode[]) => {
    for (const child of children) {
      if (!isTag(child) || OPAQUE.has(child.name)) continue;
      if (child.name === 'link' || child.name === 'meta')
        copies.push(new DomElement(child.name, { ...child.attribs }));
      visit(child.children);
    }
  };
  visit(head.children);
  const doc = new DomDocument(copies);
  copies.forEach((node, i) => {
    node.parent = doc;
    node.prev = copies[i - 1] ?? null;
    node.next = copies[i + 1] ?? null;
  });
  return doc;
}
