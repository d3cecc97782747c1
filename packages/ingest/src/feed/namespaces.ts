// Feeds may bind any prefix to a namespace (<foo:creator xmlns:foo="…/dc/elements/1.1/">, an RSS
// 1.0 feed written as <rss:item>). rss-parser matches element names as written, so before it sees
// them we rename each element to the prefix it expects for that namespace. xml2js gives element
// names without their scope, so the bindings come from one scan of the document's declarations;
// a prefix bound to two namespaces in one document keeps its first binding. Namespace URIs are
// matched loosely (case, trailing "/" or "#"), as feeds often get them slightly wrong.
import type { FeedFormat } from './feed-root.ts';

/** Namespace URI (see looseUri) → the prefix rss-parser and our mapping expect ('' = none). */
const CANONICAL_PREFIX: Record<string, string> = {
  'http://purl.org/dc/elements/1.1': 'dc',
  'http://purl.org/dc/terms': 'dcterms',
  'http://purl.org/rss/1.0/modules/content': 'content',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': 'rdf',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns': 'atom',
  // The RSS vocabularies themselves: their elements are unprefixed in rss-parser's eyes.
  'http://purl.org/rss/1.0': '',
  'http://my.netscape.com/rdf/simple/0.9': '',
  'http://backend.userland.com/rss2': '',
  'http://backend.userland.com/rss': '',
};

const ATOM_NAMESPACES = new Set(['http://www.w3.org/2005/atom', 'http://purl.org/atom/ns']);

function looseUri(uri: string): string {
  return uri
    .trim()
    .toLowerCase()
    .replace(/^https:/, 'http:')
    .replace(/[/#]+$/, '');
}

export type TagNameMapper = (name: string) => string;

/** Prefix → namespace URI for every xmlns:prefix declaration in the document (first binding wins). */
export function declaredPrefixes(xml: string): Map<string, string> {
  const prefixes = new Map<string, string>();
  for (const match of xml.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g)) {
    const prefix = match[1]!;
    if (!prefixes.has(prefix)) prefixes.set(prefix, (match[2] ?? match[3] ?? '').trim());
  }
  return prefixes;
}

/**
 * A function renaming `prefix:local` to the canonical prefix of its namespace (in an Atom document
 * Atom elements lose their prefix). Unknown namespaces keep their prefix. Returns null when nothing
 * needs renaming.
 */
export function tagNameMapper(prefixes: Map<string, string>, format: FeedFormat): TagNameMapper | null {
  const renames = new Map<string, string>();
  for (const [prefix, uri] of prefixes) {
    const target = canonicalPrefix(uri, format);
    if (target !== null && target !== prefix) renames.set(prefix, target);
  }
  if (renames.size === 0) return null;
  return (name) => {
    const colon = name.indexOf(':');
    if (colon < 0) return name;
    const target = renames.get(name.slice(0, colon));
    if (target === undefined) return name;
    return target ? `${target}:${name.slice(colon + 1)}` : name.slice(colon + 1);
  };
}

function canonicalPrefix(uri: string, format: FeedFormat): string | null {
  const loose = looseUri(uri);
  if (format === 'atom' && ATOM_NAMESPACES.has(loose)) return '';
  return CANONICAL_PREFIX[loose] ?? null;
}

/** The prefixes bound to the XHTML namespace (inline content writes <xhtml:p> or <h:p>). */
export function xhtmlPrefixes(prefixes: Map<string, string>): string[] {
  return [...prefixes]
    .filter(([, uri]) => looseUri(uri) === 'http://www.w3.org/1999/xhtml')
    .map(([prefix]) => prefix);
}
