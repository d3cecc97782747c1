// rss-parser reads the document (RSS 0.9x/1.0/2.0 and Atom, through xml2js). Besides its own
// fields we ask it, through customFields, to hand over the raw elements of the feed and of every
// item, because what it does not model (xml:base, Atom text types, media:*, every category and
// enclosure) is read from them. A document it cannot read is retried once, repaired (stray
// ampersands and HTML entities, then a truncated end).
import Parser from 'rss-parser';
import { FeedParseError } from '../errors.ts';
import { cleanInline } from '../html-text.ts';
import { parseFeedDate } from './feed-date.ts';
import type { FeedFormat } from './feed-root.ts';
import { declaredPrefixes, tagNameMapper } from './namespaces.ts';
import { prepareDocument } from './prepare-document.ts';
import { repairXml } from './repair-xml.ts';
import { closeTruncatedXml } from './truncated-xml.ts';
import type { XmlElement } from './xml-node.ts';

/** Raw child elements handed over for every item (names after namespace normalisation). */
const RAW_ITEM_ELEMENTS = [
  '$',
  'title',
  'dc:title',
  'media:title',
  'link',
  'guid',
  'id',
  'description',
  'summary',
  'content',
  'content:encoded',
  'xhtml:body',
  'body',
  'fullitem',
  'dc:description',
  'author',
  'dc:creator',
  'dc:author',
  'itunes:author',
  'category',
  'dc:subject',
  'media:category',
  'enclosure',
  'media:content',
  'media:thumbnail',
  'media:group',
  'itunes:image',
  'pubDate',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'dcterms:modified',
  'published',
  'updated',
  'issued',
  'modified',
  'created',
  'atom:published',
  'atom:updated',
];
const RAW_FEED_ELEMENTS = ['$', 'title', 'dc:title', 'link'];
const RAW = 'raw:';

export interface FeedXml {
  /** The channel (RSS, RDF) or feed (Atom) element, with the children in RAW_FEED_ELEMENTS. */
  feed: XmlElement;
  /** Each item or entry, with the children in RAW_ITEM_ELEMENTS. */
  items: XmlElement[];
}

type RawOutput = Parser.Output<Record<string, unknown>> & Record<string, unknown>;

export async function readFeedXml(doc: string, format: FeedFormat, feedUrl: string): Promise<FeedXml> {
  try {
    return toFeedXml(await read(doc, format));
  } catch (err) {
    const repaired = closeTruncatedXml(repairXml(doc));
    if (repaired !== doc) {
      const second = await read(repaired, format).catch(() => null);
      if (second) return toFeedXml(second);
    }
    throw new FeedParseError(`Malformed feed (${feedUrl}): ${malformedReason(err)}`, feedUrl, err);
  }
}

function read(doc: string, format: FeedFormat): Promise<RawOutput> {
  const prefixes = declaredPrefixes(doc);
  return newParser(prefixes, format).parseString(
    prepareDocument(doc, format, prefixes),
  ) as Promise<RawOutput>;
}

// A parser per call, so concurrent or failed parses never share xml2js state.
function newParser(
  prefixes: Map<string, string>,
  format: FeedFormat,
): Parser<Record<string, unknown>, Record<string, unknown>> {
  const rename = tagNameMapper(prefixes, format);
  const raw = (names: string[]) => names.map((name) => [name, `${RAW}${name}`, { keepArray: true }]);
  return new Parser<Record<string, unknown>, Record<string, unknown>>({
    // <rss> without a version attribute is read as 2.0.
    defaultRSS: 2,
    customFields: {
      feed: raw(RAW_FEED_ELEMENTS) as never,
      item: raw(RAW_ITEM_ELEMENTS) as never,
    },
    xml2js: {
      ...(rename ? { tagNameProcessors: [rename] } : {}),
      valueProcessors: [readableAtomDate],
    },
  });
}

// rss-parser calls new Date(published).toISOString() on Atom entries, which throws on a date
// Date cannot read and would lose the whole feed: such a date becomes ISO when we can read it,
// else blank, so only that entry loses its date.
function readableAtomDate(value: string, name: string): string {
  if ((name !== 'published' && name !== 'updated') || !Number.isNaN(Date.parse(value))) return value;
  const ms = parseFeedDate(value);
  return ms === null ? '' : new Date(ms).toISOString();
}

function toFeedXml(output: RawOutput): FeedXml {
  return {
    feed: rawElement(output),
    items: output.items.map((item) => rawElement(item as Record<string, unknown>)),
  };
}

function rawElement(source: Record<string, unknown>): XmlElement {
  const element: XmlElement = {};
  for (const [key, value] of Object.entries(source)) {
    if (key.startsWith(RAW)) element[key.slice(RAW.length)] = value;
  }
  return element;
}

// xml2js errors say where the XML breaks; a TypeError comes from rss-parser walking a feed that
// lacks the expected elements (an <rss> without <channel>).
function malformedReason(err: unknown): string {
  if (err instanceof TypeError) return 'the feed lacks required elements (e.g. <channel>)';
  return err instanceof Error ? cleanInline(err.message) : String(err);
}
