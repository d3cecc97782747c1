import type Parser from 'rss-parser';
import { toPublishedAt } from '../dates.ts';
import { cleanInline, htmlToText } from '../html-text.ts';
import type { FeedFormat } from './feed-root.ts';
import type { FeedEntry } from './types.ts';

/** The item fields rss-parser gives us (Atom entries add id and author). */
export type RawItem = Parser.Item & {
  id?: string;
  author?: string;
  'content:encoded'?: string;
};

const SUMMARY_FROM_CONTENT_CHARS = 400;

/** Maps one rss-parser item to a FeedEntry, or null when it has no usable http(s) link. */
export function toFeedEntry(item: RawItem, format: FeedFormat, feedUrl: string, now: Date): FeedEntry | null {
  const url = entryUrl(item, feedUrl);
  if (!url) return null;
  const content = contentHtml(item, format);
  return {
    url,
    id: text(item.guid) ?? text(item.id) ?? url,
    title: inlineText(item.title),
    publishedAt: toPublishedAt(text(item.isoDate) ?? text(item.pubDate), now),
    author: authorName(text(item.creator) ?? text(item.author)),
    summary: summaryText(item, format, content),
    content,
  };
}

// RSS 2.0 allows a permalink guid instead of <link>.
function entryUrl(item: RawItem, feedUrl: string): string | null {
  for (const candidate of [item.link, item.guid]) {
    const href = text(candidate);
    if (!href) continue;
    try {
      const url = new URL(href, feedUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not a URL: try the next candidate.
    }
  }
  return null;
}

// For RSS, rss-parser puts <description> in `content`; only content:encoded is full content.
function contentHtml(item: RawItem, format: FeedFormat): string | null {
  const html = format === 'atom' ? item.content : item['content:encoded'];
  return text(html);
}

function summaryText(item: RawItem, format: FeedFormat, content: string | null): string | null {
  const html = text(format === 'atom' ? item.summary : item.content);
  const summary = html ? htmlToText(html) : '';
  if (summary) return summary;
  if (!content) return null;
  const fromContent = cleanInline(htmlToText(content));
  return fromContent.length > SUMMARY_FROM_CONTENT_CHARS
    ? `${fromContent.slice(0, SUMMARY_FROM_CONTENT_CHARS).replace(/\s+\S*$/, '')}…`
    : fromContent || null;
}

// RSS <author> is an e-mail address, often "news@example.vn (Trần Văn A)": keep the name.
function authorName(raw: string | null): string | null {
  if (!raw) return null;
  const inParens = /^\S+@\S+\s*\((.+)\)$/.exec(raw);
  return inParens ? cleanInline(inParens[1]!) : inlineText(raw);
}

function inlineText(value: unknown): string | null {
  const raw = text(value);
  return raw ? cleanInline(htmlToText(raw)) || null : null;
}

// xml2js gives an object, not a string, for an element with attributes and no text.
function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
