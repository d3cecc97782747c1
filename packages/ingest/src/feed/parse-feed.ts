import { FeedParseError } from '../errors.ts';
import { atomLink } from './entry-links.ts';
import { type EntryContext, firstTextValue, toFeedDocumentEntry } from './feed-entry.ts';
import { type FeedFormat, rootXmlBase, sniffFeedRoot } from './feed-root.ts';
import { readFeedXml } from './read-feed-xml.ts';
import { inlineText } from './text-construct.ts';
import type { FeedDocument, FeedEntry, ParsedFeed } from './types.ts';
import { baseOf, resolveUrl, withXmlBase } from './xml-base.ts';
import { childNodes, trimmedText, type XmlElement } from './xml-node.ts';

export interface ParseFeedOptions {
  /** The clock future dates are judged against (tests). */
  now?: Date;
}

/**
 * Parses RSS 0.9x/1.0/2.0 or Atom (1.0 and 0.3) for the crawl stage: entries without an http(s)
 * link are skipped, and an entry without a guid/id takes its URL as id. Throws FeedParseError for
 * HTML pages, other XML and documents too malformed to recover.
 */
export async function parseFeed(
  xml: string,
  feedUrl: string,
  options: ParseFeedOptions = {},
): Promise<ParsedFeed> {
  const document = await parseFeedDocument(xml, feedUrl, options);
  const entries: FeedEntry[] = [];
  for (const entry of document.entries) {
    if (!entry.url || !/^https?:/i.test(entry.url)) continue;
    entries.push({ ...entry, url: entry.url, id: entry.id ?? entry.url });
  }
  return { title: document.title, link: document.link, entries };
}

/**
 * Everything the feed holds, entries without a link included. `baseUrl` is the document's URL
 * (relative links and xml:base resolve against it).
 */
export async function parseFeedDocument(
  xml: string,
  baseUrl: string,
  options: ParseFeedOptions = {},
): Promise<FeedDocument> {
  const doc = xml.replace(/^\uFEFF/, '').trimStart();
  if (!doc) throw new FeedParseError(`Not a feed: the document is empty (${baseUrl})`, baseUrl);
  const sniff = sniffFeedRoot(doc);
  if (!sniff.format) throw new FeedParseError(notAFeedMessage(sniff.root, baseUrl), baseUrl);
  const format = sniff.format;

  const { feed, items } = await readFeedXml(doc, format, baseUrl);
  const rootBase = withXmlBase(decodeXmlAttribute(rootXmlBase(sniff.attributes)), validBase(baseUrl));
  // In Atom the root is the feed element; in RSS 2.0 items sit in the channel, in RSS 1.0 beside it.
  const feedBase = format === 'atom' ? rootBase : baseOf(feed, rootBase);
  const context: EntryContext = {
    format,
    parentBase: format === 'rss' ? feedBase : rootBase,
    now: options.now ?? new Date(),
  };
  return {
    format,
    title: inlineText(firstTextValue(feed, ['title', 'dc:title'], format === 'atom' ? 'text' : 'guess')),
    link: feedLink(feed, format, feedBase),
    entries: items.map((item) => toFeedDocumentEntry(item, context)),
  };
}

function feedLink(feed: XmlElement, format: FeedFormat, base: string): string | null {
  if (format === 'atom') return atomLink(feed, 'alternate', base);
  for (const link of childNodes(feed, 'link')) {
    const href = trimmedText(link);
    const url = href ? resolveUrl(href, baseOf(link, base)) : null;
    if (url) return url;
  }
  return null;
}

// A feed URL that does not parse (a bare file name) cannot be a base; absolute links still work.
function validBase(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'about:blank';
  }
}

function decodeXmlAttribute(value: string | null): string | null {
  if (value === null) return null;
  return value.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITY[name]!);
}

const XML_ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function notAFeedMessage(root: string | null, feedUrl: string): string {
  if (!root) return `Not a feed: no XML element found (${feedUrl})`;
  if (root.toLowerCase() === 'html') return `Not a feed: got an HTML page (${feedUrl})`;
  return `Not a feed: root element <${root}> is not rss, rdf:RDF or feed (${feedUrl})`;
}
