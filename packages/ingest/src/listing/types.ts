/**
 * Per-source CSS selectors of a listing page (Source.selectors). `item` selects each story
 * block; `link`, `title` and `date` are looked up inside it. `consent` (render only) is the
 * button that dismisses a consent banner.
 */
export interface ListingSelectors {
  item: string;
  link: string;
  title?: string;
  date?: string;
}

/** One story found on a listing page. */
export interface ListingEntry {
  /** Canonical absolute http(s) URL. */
  url: string;
  title: string | null;
  /** ISO 8601 UTC, never in the future. */
  publishedAt: string | null;
}
