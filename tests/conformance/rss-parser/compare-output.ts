// Comparing our FeedDocument with rss-parser's own expected output for its fixtures: for every
// field both express, do we read the same thing? Field by field, so a divergence names itself.
import type { FeedDocument, FeedDocumentEntry } from '@presswatch/ingest';
import { load } from 'cheerio';
import { sameInstant, samePerson, sameText, sameUrl } from '../feedparser/compare.ts';

/** An item as rss-parser's expected JSON has it (only the fields we compare). */
export interface ExpectedItem {
  title?: string;
  link?: string;
  guid?: string;
  id?: string;
  isoDate?: string;
  creator?: string;
  author?: string;
  categories?: (string | { _?: string })[];
  content?: string;
  'content:encoded'?: string;
  enclosure?: { url?: string };
}

export interface ExpectedFeed {
  title?: string;
  items: ExpectedItem[];
}

export type FieldName = 'title' | 'link' | 'id' | 'date' | 'author' | 'categories' | 'content' | 'enclosure';

export interface Mismatch {
  field: FieldName | 'feed.title' | 'items';
  at: string;
  expected: unknown;
  got: unknown;
}

export interface Comparison {
  /** Per field: how many values were compared and how many agreed. */
  fields: Record<string, { compared: number; agreed: number }>;
  mismatches: Mismatch[];
}

export function compareWithRssParser(ours: FeedDocument, expected: ExpectedFeed, base: string): Comparison {
  const result: Comparison = { fields: {}, mismatches: [] };
  const record = (field: Mismatch['field'], at: string, ok: boolean, want: unknown, got: unknown) => {
    const tally = result.fields[field] ?? { compared: 0, agreed: 0 };
    result.fields[field] = tally;
    tally.compared++;
    if (ok) tally.agreed++;
    else result.mismatches.push({ field, at, expected: want, got });
  };
  if (typeof expected.title === 'string')
    record('feed.title', 'feed', sameText(ours.title, expected.title), expected.title, ours.title);
  record(
    'items',
    'feed',
    ours.entries.length === expected.items.length,
    expected.items.length,
    ours.entries.length,
  );
  expected.items.forEach((item, i) => {
    const entry = ours.entries[i];
    if (entry)
      compareItem(item, entry, base, (field, ok, want, got) => record(field, `items[${i}]`, ok, want, got));
  });
  return result;
}

type Record4 = (field: FieldName, ok: boolean, expected: unknown, got: unknown) => void;

function compareItem(item: ExpectedItem, entry: FeedDocumentEntry, base: string, record: Record4): void {
  if (typeof item.title === 'string')
    record('title', sameText(entry.title, item.title), item.title, entry.title);
  if (typeof item.link === 'string')
    record('link', sameUrl(entry.url, item.link, base), item.link, entry.url);
  const id = item.guid ?? item.id;
  if (typeof id === 'string') record('id', entry.id === id.trim(), id, entry.id);
  if (item.isoDate)
    record('date', sameInstant(entry.publishedAt, item.isoDate), item.isoDate, entry.publishedAt);
  const author = item.creator ?? item.author;
  if (typeof author === 'string' && author.trim())
    record('author', samePerson(entry.author, author.trim()), author, entry.author);
  const terms = (item.categories ?? []).map((c) => (typeof c === 'string' ? c : (c._ ?? ''))).map(collapse);
  if (terms.length)
    record(
      'categories',
      terms.every((t) => entry.categories.includes(t)),
      terms,
      entry.categories,
    );
  const content =
    item['content:encoded'] ?? (item.content && entry.content !== null ? item.content : undefined);
  // rss-parser rebuilds inline XHTML with xml2js' builder, which loses the order of text and
  // elements (the reason for inline-markup.ts); there its expected text is not the feed's.
  if (typeof content === 'string' && !content.startsWith('<div type="xhtml"')) {
    record(
      'content',
      visibleText(entry.content) === visibleText(content),
      content.slice(0, 80),
      entry.content?.slice(0, 80),
    );
  }
  if (item.enclosure?.url) {
    const urls = entry.enclosures.map((e) => e.url);
    record(
      'enclosure',
      urls.some((u) => sameUrl(u, item.enclosure!.url!, base)),
      item.enclosure.url,
      urls,
    );
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// What a reader sees: the text, without scripts, frames and plug-ins (which we remove from content).
function visibleText(html: string | null): string {
  const $ = load(html ?? '', null, false);
  $('script, style, iframe, object, embed, noscript').remove();
  return $.root().text().replace(/\s+/g, ' ').trim();
}
