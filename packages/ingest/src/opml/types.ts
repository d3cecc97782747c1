import type { Source } from '@presswatch/domain';

/** One subscription of an OPML file: an outline with a feed URL, wherever it is nested. */
export interface OpmlOutline {
  /** 1-based position among the file's subscriptions, for messages. */
  position: number;
  /** xmlUrl, or url for a type="link" outline. */
  url: string;
  htmlUrl: string | null;
  title: string | null;
  text: string | null;
  type: string | null;
  /** OPML 2.0's language attribute. */
  language: string | null;
  /** The category attribute's values, then the titles of the enclosing folders, outermost first. */
  categories: string[];
  /** PressWatch extension attributes (our namespace), by local name. */
  extension: Record<string, string>;
}

export interface OpmlDocument {
  title: string | null;
  outlines: OpmlOutline[];
}

/** An outline that did not become a source, and why. */
export interface OpmlEntryError {
  position: number;
  url: string;
  title: string | null;
  message: string;
}

export interface OpmlImport {
  /** Valid sources, in file order; ids are unique. */
  sources: Source[];
  errors: OpmlEntryError[];
}
