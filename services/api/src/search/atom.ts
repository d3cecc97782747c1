// An Atom 1.0 feed (RFC 4287) of items, for saved searches. Text is escaped; characters XML 1.0
// forbids (control characters pasted into articles) are dropped so feed readers don't choke.
import type { Item } from '@presswatch/domain';

export interface AtomFeed {
  id: string;
  title: string;
  selfUrl: string;
  /** When nothing matched: the search's own last change. */
  updated: string;
  items: Item[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what XML 1.0 forbids
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

function instant(value: string | null, fallback: string): string {
  const ms = Date.parse(value ?? '');
  return new Date(Number.isNaN(ms) ? Date.parse(fallback) : ms).toISOString();
}

function entry(item: Item): string {
  const when = instant(item.publishedAt, item.fetchedAt);
  const summary = item.summary ?? (item.text.length > 400 ? `${item.text.slice(0, 400)}…` : item.text);
  const categories = item.topics.map((t) => `    <category term="${xmlEscape(t.topic)}"/>`);
  return [
    '  <entry>',
    `    <id>urn:presswatch:item:${xmlEscape(item.id)}</id>`,
    `    <title>${xmlEscape(item.title)}</title>`,
    `    <link rel="alternate" href="${xmlEscape(item.url)}"/>`,
    `    <published>${when}</published>`,
    `    <updated>${when}</updated>`,
    `    <author><name>${xmlEscape(item.sourceName)}</name></author>`,
    `    <summary>${xmlEscape(summary)}</summary>`,
    ...categories,
    '  </entry>',
  ].join('\n');
}

export function atomFeed(feed: AtomFeed): string {
  const newest = feed.items[0];
  const updated = newest
    ? instant(newest.publishedAt, newest.fetchedAt)
    : instant(feed.updated, feed.updated);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    '  <generator>PressWatch</generator>',
    ...feed.items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
