// What discovering a source yields, whatever its kind: the entries to fetch, the validators for
// the next conditional GET, and (feeds) the WebSub hub the document advertises.
import type { EntryHints, SourceWithState } from '@presswatch/domain';
import type { HubLink } from '@presswatch/ingest';
import type { HttpSettings } from '../deps.ts';

export interface DiscoveredEntry {
  /** Absolute URL as the source gives it (canonicalised when enqueued). */
  url: string;
  hints: EntryHints;
}

export interface Discovery {
  /** HTTP status of the source document; null when nothing was fetched (kind 'page'). */
  status: number | null;
  /** 304: nothing changed since the validators we sent. */
  notModified: boolean;
  entries: DiscoveredEntry[];
  etag: string | null;
  lastModified: string | null;
  hub: HubLink | null;
}

export interface SitemapSettings {
  /** Entries and child sitemaps older than this are history, not news (default 2). */
  maxAgeDays: number;
  /** Child sitemaps of an index read per crawl, newest first (default 5). */
  maxChildSitemaps: number;
  /** Entries kept per crawl, newest first (default 1000). */
  maxEntries: number;
}

export interface DiscoverContext {
  http: HttpSettings;
  signal: AbortSignal;
  now: Date;
  /** Validators from the previous poll, sent with the source document's request; `unconditional`
   * drops them for this poll (some servers answer 304 although the feed changed). */
  validators: { etag?: string; lastModified?: string; unconditional?: boolean };
  sitemap: SitemapSettings;
}

export type Discoverer = (source: SourceWithState, context: DiscoverContext) => Promise<Discovery>;

export const NO_HINTS: EntryHints = { title: null, publishedAt: null, author: null, summary: null };

/** The fields of a Discovery that come from the source document's response. */
export function responseFields(response: {
  status: number;
  notModified: boolean;
  headers: { etag: string | null; lastModified: string | null };
}): Pick<Discovery, 'status' | 'notModified' | 'etag' | 'lastModified'> {
  return {
    status: response.status,
    notModified: response.notModified,
    etag: response.headers.etag,
    lastModified: response.headers.lastModified,
  };
}
