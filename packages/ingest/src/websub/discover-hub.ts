// WebSub discovery (W3C WebSub §4): a feed names its hub and its own canonical URL (the topic)
// with rel="hub" and rel="self" links, in HTTP Link headers or in the document (<atom:link> in
// RSS, <link> in Atom). Link headers win, as the spec says; without a self link the feed URL is
// the topic.
import { Parser } from 'htmlparser2';

export interface HubLink {
  hub: string;
  topic: string;
}

interface Links {
  hub: string | null;
  self: string | null;
}

export function discoverHub(feedXml: string, feedUrl: string, linkHeader?: string | null): HubLink | null {
  const fromHeader = linkHeader ? linksFromHeader(linkHeader, feedUrl) : { hub: null, self: null };
  const fromDocument =
    fromHeader.hub && fromHeader.self ? { hub: null, self: null } : linksFromFeed(feedXml, feedUrl);
  const hub = fromHeader.hub ?? fromDocument.hub;
  if (!hub) return null;
  return { hub, topic: fromHeader.self ?? fromDocument.self ?? feedUrl };
}

/** rel="hub" / rel="self" targets of an HTTP Link header (RFC 8288). */
export function linksFromHeader(header: string, base: string): Links {
  const links: Links = { hub: null, self: null };
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? '');
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    assign(links, rels, match[1], base);
  }
  return links;
}

// Only links that are children of <feed> or <channel>: an entry's own links are not the feed's.
function linksFromFeed(xml: string, base: string): Links {
  const links: Links = { hub: null, self: null };
  const path: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const local = localName(name);
        const parent = path.at(-1);
        path.push(local);
        if (local !== 'link' || (parent !== 'feed' && parent !== 'channel')) return;
        const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        assign(links, rels, attributes.href, base);
      },
      onclosetag() {
        path.pop();
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return links;
}

function assign(links: Links, rels: string[], href: string | undefined, base: string): void {
  const url = absoluteHttpUrl(href, base);
  if (!url) return;
  if (rels.includes('hub')) links.hub ??= url;
  if (rels.includes('self')) links.self ??= url;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return (colon === -1 ? name : name.slice(colon + 1)).toLowerCase();
}

function absoluteHttpUrl(value: string | undefined, base: string): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
