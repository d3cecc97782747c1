// Text-level fixes made before xml2js sees a feed, each for a shape that would otherwise lose
// entries or crash rss-parser: entities declared in the DOCTYPE, RSS without <channel>, Atom links
// written RSS-style, and inline markup inside text elements (inline-markup.ts).
import type { FeedFormat } from './feed-root.ts';
import { inlineMarkupToText } from './inline-markup.ts';
import { tagNameMapper, xhtmlPrefixes } from './namespaces.ts';

/** `prefixes`: the document's namespace declarations (declaredPrefixes). */
export function prepareDocument(doc: string, format: FeedFormat, prefixes: Map<string, string>): string {
  let prepared = expandDoctypeEntities(doc);
  if (format !== 'atom') prepared = ensureChannel(prepared, format);
  else prepared = normaliseAtomLinks(prepared);
  return inlineMarkupToText(prepared, textElementTest(prefixes, format), xhtmlPrefixes(prefixes));
}

const ENTITY_DECLARATION = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
const PROLOG_CHARS = 256 * 1024;
/** Expansion may add at most this much text (or the document's own size, if larger). */
const EXPANSION_BUDGET_CHARS = 1_000_000;

/**
 * Replaces references to general entities the internal DTD subset declares (sax does not). One
 * pass, values taken literally, and a budget on the added text: an "entity bomb" is left
 * unexpanded (and then fails to parse) rather than filling memory.
 */
export function expandDoctypeEntities(doc: string): string {
  // The DOCTYPE is in the prolog, before the root element.
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(doc.slice(0, PROLOG_CHARS));
  if (!doctype) return doc;
  const entities = new Map<string, string>();
  for (const match of doctype[1]!.matchAll(ENTITY_DECLARATION)) {
    if (!entities.has(match[1]!)) entities.set(match[1]!, match[2] ?? match[3] ?? '');
  }
  if (entities.size === 0) return doc;
  const end = doctype.index + doctype[0].length;
  let budget = Math.max(EXPANSION_BUDGET_CHARS, doc.length);
  const body = doc.slice(end).replace(/&([A-Za-z_][\w.-]*);/g, (ref, name: string) => {
    const value = entities.get(name);
    if (value === undefined || budget < value.length) return ref;
    budget -= value.length;
    return value;
  });
  return doc.slice(0, end) + body;
}

// RSS 1.0 items are siblings of the channel, so a missing channel loses nothing; RSS 0.9x/2.0
// items written straight under <rss> are wrapped in one. An <rss> with no item stays as it is.
function ensureChannel(doc: string, format: FeedFormat): string {
  if (/<(?:[\w.-]+:)?channel[\s/>]/.test(doc)) return doc;
  const root = /<((?:[\w.-]+:)?(?:rss|RDF))(?:\s(?:[^>"']|"[^"<]*"|'[^'<]*')*)?>/.exec(doc);
  if (!root) return doc;
  const afterRoot = root.index + root[0].length;
  if (format === 'rdf') return `${doc.slice(0, afterRoot)}<channel/>${doc.slice(afterRoot)}`;
  const close = doc.lastIndexOf(`</${root[1]}`);
  if (close < afterRoot || !/<(?:[\w.-]+:)?item[\s>]/.test(doc)) return doc;
  return `${doc.slice(0, afterRoot)}<channel>${doc.slice(afterRoot, close)}</channel>${doc.slice(close)}`;
}

// rss-parser reads Atom links from attributes and crashes on a link without any; feeds sometimes
// write <link rel="alternate">URL</link>. The URL becomes the href; an empty bare <link/> goes.
function normaliseAtomLinks(doc: string): string {
  return doc
    .replace(
      /<((?:[\w.-]+:)?link)(\s(?:[^>"']|"[^"<]*"|'[^'<]*')*)?>\s*([^<\s]+)\s*<\/\1\s*>/g,
      (link, name: string, attrs: string | undefined, url: string) =>
        /\shref\s*=/.test(attrs ?? '') ? link : `<${name}${attrs ?? ''} href="${url}"/>`,
    )
    .replace(/<(?:[\w.-]+:)?link\s*\/>/g, '');
}

// A feed text element is unprefixed or in the content or XHTML namespace; media:title and other
// extension elements keep their structure.
function textElementTest(prefixes: Map<string, string>, format: FeedFormat): (name: string) => boolean {
  const rename = tagNameMapper(prefixes, format) ?? ((name: string) => name);
  return (name) => {
    const canonical = rename(name);
    if (canonical === 'content:encoded' || canonical === 'xhtml:body') return true;
    return !canonical.includes(':') && canonical !== 'encoded';
  };
}
