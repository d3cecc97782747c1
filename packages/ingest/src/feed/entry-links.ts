// An entry's link and id. Atom: the first rel="alternate" (or rel-less) link; RSS: <link>, else a
// permalink guid; RSS 1.0: <link>, else rdf:about. Links resolve against their element's xml:base.
import type { FeedFormat } from './feed-root.ts';
import { baseOf, resolveUrl } from './xml-base.ts';
import { attribute, childNodes, trimmedText, type XmlElement } from './xml-node.ts';

export function entryLink(item: XmlElement, format: FeedFormat, base: string): string | null {
  if (format === 'atom') return atomLink(item, 'alternate', base);
  for (const link of childNodes(item, 'link')) {
    const href = trimmedText(link);
    const url = href ? resolveUrl(href, baseOf(link, base)) : null;
    if (url) return url;
  }
  return rssPermalink(item) ?? (format === 'rdf' ? absoluteHttp(attribute(item, 'rdf:about')) : null);
}

/** The href of the first Atom link with relation `rel` (a link without rel is "alternate"). */
export function atomLink(element: XmlElement, rel: string, base: string): string | null {
  for (const link of atomLinks(element, rel)) {
    const url = resolveUrl(attribute(link, 'href') ?? '', baseOf(link, base));
    if (url) return url;
  }
  return null;
}

export function atomLinks(element: XmlElement, rel: string): unknown[] {
  return childNodes(element, 'link').filter(
    (link) => (attribute(link, 'rel')?.trim() || 'alternate') === rel,
  );
}

export function entryId(item: XmlElement, format: FeedFormat, base: string): string | null {
  for (const guid of childNodes(item, 'guid')) {
    const id = trimmedText(guid);
    if (id) return id;
  }
  for (const node of childNodes(item, 'id')) {
    const id = trimmedText(node);
    if (id) return format === 'atom' ? atomId(id, baseOf(node, base)) : id;
  }
  return format === 'rdf' ? attribute(item, 'rdf:about')?.trim() || null : null;
}

// An Atom id is an absolute IRI; one written as a path ("/2025/42") is read against the base.
function atomId(id: string, base: string): string {
  if (!/^\.{0,2}\//.test(id)) return id;
  return resolveUrl(id, base) ?? id;
}

// RSS 2.0: a guid is the permalink unless isPermaLink="false"; only an absolute http(s) URL counts.
function rssPermalink(item: XmlElement): string | null {
  for (const guid of childNodes(item, 'guid')) {
    if (attribute(guid, 'isPermaLink')?.trim().toLowerCase() === 'false') continue;
    const url = absoluteHttp(trimmedText(guid));
    if (url) return url;
  }
  return null;
}

function absoluteHttp(value: string | null): string | null {
  if (!value || !/^https?:\/\//i.test(value)) return null;
  return resolveUrl(value, value);
}
