// Article extraction: one parse (htmlparser2), one index of the metadata, then the main text.
//
//   parseHtml → indexPage → title (head and microdata)
//             → extractMainText (content/) → dates (a written-out one near the text), canonical URL,
//               byline (may use the signature at the end), image, language
import { load } from 'cheerio';
import { Document as DomDocument, Element as DomElement } from 'domhandler';
import { canonicalFromDocument } from '../url/canonical-from-html.ts';
import { extractMainText } from './content/main-text.ts';
import { parseHtml } from './dom.ts';
import { jsonLdArticle } from './json-ld.ts';
import { preferJsonLdBody } from './ld-body.ts';
import { extractByline } from './metadata/byline.ts';
import { extractDates } from './metadata/dates.ts';
import { extractImage } from './metadata/image.ts';
import { extractLanguage } from './metadata/language.ts';
import { extractTitle } from './metadata/title.ts';
import { indexPage, type PageIndex } from './page-index.ts';
import type { ExtractedArticle } from './types.ts';

export interface ExtractArticleOptions {
  /** The clock future dates are judged against (tests). */
  now?: Date;
  /** The feed entry's publication date: used when the page itself gives none. */
  feedPublishedAt?: string | null;
  /**
   * Minutes east of UTC for dates the page writes without a zone. Default: 420 (UTC+7) for
   * Vietnamese pages (lang vi or a .vn host), else 0.
   */
  utcOffsetMinutes?: number;
}

const VIETNAM_OFFSET = 7 * 60;

/** Title, byline, dates, language, canonical URL, lead image and main text of an article page. */
export function extractArticle(
  html: string,
  pageUrl: string,
  options: ExtractArticleOptions = {},
): ExtractedArticle {
  return extractParsedArticle(parseHtml(html), pageUrl, options);
}

/** The same for a page parsed already with parseHtml (the fetch stage parses each page once). */
export function extractParsedArticle(
  doc: DomDocument,
  pageUrl: string,
  options: ExtractArticleOptions = {},
): ExtractedArticle {
  const index = indexPage(doc);
  const ld = jsonLdArticle(index.jsonLd);
  const title = extractTitle(index, ld);
  const main = extractMainText(doc, title);
  const dates = extractDates(index, ld, {
    now: options.now ?? new Date(),
    offsetMinutes: options.utcOffsetMinutes ?? defaultOffset(index, pageUrl),
    feedPublishedAt: options.feedPublishedAt ?? null,
    container: main.container,
  });
  const canonicalUrl = canonicalFromDocument(load(canonicalDeclarations(index)), pageUrl);
  const text = preferJsonLdBody(main.paragraphs.join('\n\n'), ld);
  return {
    title,
    byline: extractByline(index, ld, { pageUrl, signature: main.signature }),
    publishedAt: dates.publishedAt,
    updatedAt: dates.updatedAt,
    language: extractLanguage(index, ld, text),
    canonicalUrl,
    image: extractImage(index, ld, main.container, pageUrl),
    text,
  };
}

// The canonical rules live in url/ and read a cheerio document; handing them a document of just
// the page's declarations (rel=canonical links, og:url) spares a search of the whole page.
function canonicalDeclarations(index: PageIndex): DomDocument {
  const nodes = [
    ...(index.links.get('canonical') ?? []).map((href) => new DomElement('link', { rel: 'canonical', href })),
    ...(index.meta.get('og:url') ?? []).map(
      (content) => new DomElement('meta', { property: 'og:url', content }),
    ),
  ];
  const doc = new DomDocument(nodes);
  nodes.forEach((node, i) => {
    node.parent = doc;
    node.prev = nodes[i - 1] ?? null;
    node.next = nodes[i + 1] ?? null;
  });
  return doc;
}

function defaultOffset(index: PageIndex, pageUrl: string): number {
  if (index.lang?.toLowerCase().startsWith('vi')) return VIETNAM_OFFSET;
  try {
    return new URL(pageUrl).hostname.endsWith('.vn') ? VIETNAM_OFFSET : 0;
  } catch {
    return 0;
  }
}
