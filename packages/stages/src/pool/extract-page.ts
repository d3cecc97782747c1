// Extraction of a downloaded article page, as one pure function a pool thread can run: the URLs
// the page declares itself by (canonical, AMP/mobile alternates) and its extracted article.
import {
  type DeclaredPageUrls,
  declaredPageUrls,
  declaredPageUrlsOfParsed,
  type ExtractedArticle,
  extractParsedArticle,
  parseHtml,
} from '@presswatch/ingest';

export interface ExtractPageInput {
  body: string;
  /** The page's URL after redirects. */
  url: string;
  /** ISO time of the fetch: future dates are judged against it. */
  now: string;
  /** The feed entry's publication date, extraction's last resort. */
  feedPublishedAt: string | null;
  /** Owners the source's pages may name as canonical besides their own site. */
  trustedOwners: readonly string[];
}

export interface ExtractedPage {
  declared: DeclaredPageUrls;
  article: ExtractedArticle;
}

/** One parse of the page serves both (a page without a <head> element has its head re-read). */
export function extractPage(input: ExtractPageInput): ExtractedPage {
  const doc = parseHtml(input.body);
  const policy = { trustedOwners: input.trustedOwners };
  return {
    declared:
      declaredPageUrlsOfParsed(doc, input.url, policy) ?? declaredPageUrls(input.body, input.url, policy),
    article: extractParsedArticle(doc, input.url, {
      now: new Date(input.now),
      feedPublishedAt: input.feedPublishedAt,
    }),
  };
}
