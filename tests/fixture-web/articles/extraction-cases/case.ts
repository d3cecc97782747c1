// What an extraction case is: a page shaped like a real news site, and what a good extractor reads
// from it. The pages are written for this project (see stories.ts); only their shapes follow
// common Vietnamese and foreign news sites.

export interface ExpectedArticle {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  language: string | null;
  image: string | null;
  canonicalUrl: string | null;
  /** The exact main text: paragraphs separated by blank lines. */
  text: string;
}

export interface ExtractionCase {
  name: string;
  /** The site shape and the traps it sets. */
  description: string;
  url: string;
  html: string;
  /** The clock the page is read at. */
  now: Date;
  /** A feed entry's date, for pages that give none. */
  feedPublishedAt?: string;
  expected: ExpectedArticle;
  /** Text that must not reach the article text: captions, related titles, tags, comments, banners. */
  excluded: string[];
}

/** Reading time shared by the cases: after every date they carry. */
export const READ_AT = new Date('2025-11-20T00:00:00Z');
