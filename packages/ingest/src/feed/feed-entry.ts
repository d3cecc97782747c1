// One item or entry, read from its raw elements (see read-feed-xml.ts) into a FeedDocumentEntry.
import { cleanInline } from '../html-text.ts';
import { cleanEntryHtml } from './content-html.ts';
import { entryId, entryLink } from './entry-links.ts';
import { entryEnclosures, entryImage } from './entry-media.ts';
import { entryAuthor, entryCategories, entryDates } from './entry-meta.ts';
import type { FeedFormat } from './feed-root.ts';
import { htmlFragmentText } from './html-text-stream.ts';
import {
  asHtml,
  blockText,
  inlineText,
  readTextElement,
  type TextValue,
  type UntypedAs,
} from './text-construct.ts';
import type { FeedDocumentEntry } from './types.ts';
import { baseOf } from './xml-base.ts';
import { attribute, childNodes, type XmlElement } from './xml-node.ts';

const SUMMARY_FROM_CONTENT_CHARS = 400;

export interface EntryContext {
  format: FeedFormat;
  /** The base in force around the item (its parent's). */
  parentBase: string;
  now: Date;
}

export function toFeedDocumentEntry(item: XmlElement, context: EntryContext): FeedDocumentEntry {
  const { format, now } = context;
  const base = baseOf(item, context.parentBase);
  // Atom text elements are plain unless typed; RSS descriptions are HTML; RSS titles vary.
  const untypedSummary: UntypedAs = format === 'atom' ? 'text' : 'html';
  const title = inlineText(
    firstTextValue(item, ['title', 'dc:title', 'media:title'], format === 'atom' ? 'text' : 'guess'),
  );
  const content = entryContent(item, format, base);
  const summaryValue = firstTextValue(
    item,
    format === 'atom' ? ['summary'] : ['description', 'dc:description', 'summary'],
    untypedSummary,
  );
  const summaryHtml = summaryValue ? asHtml(summaryValue) : null;
  const enclosures = entryEnclosures(item, base);
  return {
    url: entryLink(item, format, base),
    id: entryId(item, format, base),
    title,
    ...entryDates(item, now),
    author: entryAuthor(item),
    summary: blockText(summaryValue) ?? summaryFromContent(content),
    content,
    categories: entryCategories(item),
    image: entryImage(
      item,
      base,
      enclosures,
      [content, summaryHtml].filter((h): h is string => !!h),
    ),
    enclosures,
  };
}

/** The first of `names` that holds text, read per its type. */
export function firstTextValue(element: XmlElement, names: string[], untyped: UntypedAs): TextValue | null {
  for (const name of names) {
    for (const node of childNodes(element, name)) {
      const value = readTextElement(node, untyped);
      if (value?.value.trim()) return value;
    }
  }
  return null;
}

// Full content: Atom <content> (not an out-of-line src=), RSS content:encoded or xhtml:body.
function entryContent(item: XmlElement, format: FeedFormat, base: string): string | null {
  const names =
    format === 'atom' ? ['content'] : ['content:encoded', 'xhtml:body', 'body', 'fullitem', 'content'];
  for (const name of names) {
    for (const node of childNodes(item, name)) {
      if (attribute(node, 'src')) continue;
      const html = asHtml(readTextElement(node, format === 'atom' ? 'text' : 'html'));
      if (html) return cleanEntryHtml(html, baseOf(node, base));
    }
  }
  return null;
}

function summaryFromContent(content: string | null): string | null {
  if (!content) return null;
  const text = cleanInline(htmlFragmentText(content));
  return text.length > SUMMARY_FROM_CONTENT_CHARS
    ? `${text.slice(0, SUMMARY_FROM_CONTENT_CHARS).replace(/\s+\S*$/, '')}…`
    : text || null;
}
