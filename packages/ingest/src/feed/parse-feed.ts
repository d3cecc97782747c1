import Parser from 'rss-parser';
import { FeedParseError } from '../errors.ts';
import { cleanInline } from '../html-text.ts';
import { type RawItem, toFeedEntry } from './feed-entry.ts';
import { sniffFeedRoot } from './feed-root.ts';
import { repairXml } from './repair-xml.ts';
import type { FeedEntry, ParsedFeed } from './types.ts';

export interface ParseFeedOptions {
  /** The clock future dates are judged against (tests). */
  now?: Date;
}

/**
 * Parses RSS 0.9x/1.0/2.0 or Atom. Entries without an http(s) link are skipped. Throws
 * FeedParseError for HTML pages, other XML and malformed documents.
 */
export async function parseFeed(
  xml: string,
  feedUrl: string,
  options: ParseFeedOptions = {},
): Promise<ParsedFeed> {
  const doc = xml.replace(/^\uFEFF/, '').trimStart();
  if (!doc) throw new FeedParseError(`Not a feed: the document is empty (${feedUrl})`, feedUrl);
  const sniff = sniffFeedRoot(doc);
  if (!sniff.format) throw new FeedParseError(notAFeedMessage(sniff.root, feedUrl), feedUrl);

  const output = await parseXml(doc, feedUrl);

  const now = options.now ?? new Date();
  const entries = output.items
    .map((item) => toFeedEntry(item, sniff.format, feedUrl, now))
    .filter((entry): entry is FeedEntry => entry !== null);
  return {
    title: typeof output.title === 'string' ? cleanInline(output.title) || null : null,
    link: resolveLink(output.link, feedUrl),
    entries,
  };
}

type FeedOutput = Parser.Output<RawItem> & { title?: string; link?: string };

async function parseXml(doc: string, feedUrl: string): Promise<FeedOutput> {
  try {
    return await newParser().parseString(doc);
  } catch (err) {
    const repaired = repairXml(doc);
    if (repaired !== doc) {
      const second = await newParser()
        .parseString(repaired)
        .catch(() => null);
      if (second) return second;
    }
    throw new FeedParseError(`Malformed feed (${feedUrl}): ${malformedReason(err)}`, feedUrl, err);
  }
}

// xml2js errors say where the XML breaks; a TypeError comes from rss-parser walking a feed that
// lacks the expected elements (an <rss> without <channel>).
function malformedReason(err: unknown): string {
  if (err instanceof TypeError) return 'the feed lacks required elements (e.g. <channel>)';
  return err instanceof Error ? cleanInline(err.message) : String(err);
}

function notAFeedMessage(root: string | null, feedUrl: string): string {
  if (!root) return `Not a feed: no XML element found (${feedUrl})`;
  if (root.toLowerCase() === 'html') return `Not a feed: got an HTML page (${feedUrl})`;
  return `Not a feed: root element <${root}> is not rss, rdf:RDF or feed (${feedUrl})`;
}

// A parser per call, so concurrent or failed parses never share xml2js state.
function newParser(): Parser<Record<string, unknown>, RawItem> {
  return new Parser<Record<string, unknown>, RawItem>({
    // <rss> without a version attribute is read as 2.0.
    defaultRSS: 2,
    xml2js: { valueProcessors: [dropUnparseableAtomDate] },
  });
}

// rss-parser calls new Date(published).toISOString() on Atom entries, which throws on a bad date
// and would lose the whole feed; blank such dates out so only that entry loses its date.
function dropUnparseableAtomDate(value: string, name: string): string {
  if ((name === 'published' || name === 'updated') && Number.isNaN(Date.parse(value))) return '';
  return value;
}

function resolveLink(link: unknown, feedUrl: string): string | null {
  if (typeof link !== 'string' || !link.trim()) return null;
  try {
    return new URL(link.trim(), feedUrl).href;
  } catch {
    return null;
  }
}
