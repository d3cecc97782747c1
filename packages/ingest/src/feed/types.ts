/** A media file an entry points at (RSS enclosure, Atom rel="enclosure", media:content). */
export interface FeedEnclosure {
  /** Absolute URL. */
  url: string;
  /** MIME type when given ("image/jpeg"); for media:content without a type, "image" / "video"… from medium. */
  type: string | null;
  /** Size in bytes when given. */
  length: number | null;
}

export interface FeedEntry {
  /** Absolute http(s) URL of the article, resolved against xml:base and the feed URL (not canonicalised). */
  url: string;
  /** guid / Atom id / rdf:about, else the URL. */
  id: string;
  /** Plain text. */
  title: string | null;
  /** ISO 8601, never in the future; the published date, else the updated one. */
  publishedAt: string | null;
  /** ISO 8601, never in the future: Atom updated, dcterms:modified; null when the feed gives none. */
  updatedAt: string | null;
  author: string | null;
  /** Plain text. */
  summary: string | null;
  /** Full HTML content when the feed carries it (content:encoded, Atom content, xhtml:body), links absolute. */
  content: string | null;
  /** Category terms (RSS category, dc:subject, Atom category, media:category), in feed order, no duplicates. */
  categories: string[];
  /** Lead image: media:thumbnail, an image media:content or enclosure, else the first <img> of the HTML. */
  image: string | null;
  enclosures: FeedEnclosure[];
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  entries: FeedEntry[];
}

/** An entry as the document has it: the link and id may be missing. */
export interface FeedDocumentEntry extends Omit<FeedEntry, 'url' | 'id'> {
  /** Absolute URL of the entry's link (any scheme the feed used), or null. */
  url: string | null;
  /** guid / Atom id / rdf:about as written, or null. */
  id: string | null;
}

/** Everything the document holds, entries without links included (conformance tests, the CLI). */
export interface FeedDocument {
  /** 'rss' (0.9x/2.0), 'rdf' (RSS 0.90/1.0) or 'atom' (1.0 and 0.3). */
  format: 'rss' | 'rdf' | 'atom';
  title: string | null;
  link: string | null;
  entries: FeedDocumentEntry[];
}
