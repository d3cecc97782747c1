import { load } from 'cheerio';
import { canonicalFromDocument } from '../url/canonical-from-html.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { jsonLdArticle } from './json-ld.ts';
import { extractMainText } from './main-text.ts';
import { extractByline, extractLanguage, extractPublishedAt, extractTitle } from './metadata.ts';
import type { ExtractedArticle } from './types.ts';

export interface ExtractArticleOptions {
  /** The clock future dates are judged against (tests). */
  now?: Date;
}

/** Title, byline, date, language, canonical URL and main text of an article page. */
export function extractArticle(
  html: string,
  pageUrl: string,
  options: ExtractArticleOptions = {},
): ExtractedArticle {
  const $ = load(html);
  const ld = jsonLdArticle($);
  // Metadata first: removing boilerplate drops the header, byline and time elements it reads.
  const article = {
    title: extractTitle($),
    byline: extractByline($, ld),
    publishedAt: extractPublishedAt($, ld, options.now ?? new Date()),
    language: extractLanguage($, ld),
    canonicalUrl: canonicalFromDocument($, pageUrl),
  };
  removeBoilerplate($);
  return { ...article, text: extractMainText($) };
}
