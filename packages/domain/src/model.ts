// The records PressWatch keeps. Adapters store them; stages produce and read them.

export const SOURCE_KINDS = ['feed', 'sitemap', 'listing', 'page'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What an administrator configures about a source. */
export interface Source {
  id: string;
  name: string;
  url: string;
  kind: SourceKind;
  /** Needs a browser to render (deepened by the crawl issue). */
  render: boolean;
  /** ISO 3166-1 alpha-2 country of the outlet, lower case ("vn", "us"). */
  country: string | null;
  /** The source's declared language: a prior for detection, not the answer. */
  language: string | null;
  domestic: boolean;
  minPollSeconds: number;
  maxPollSeconds: number;
  /** CSS selectors for listing pages. */
  selectors: Record<string, string> | null;
  enabled: boolean;
}

/** What the pipeline learns about a source while polling it. */
export interface SourceState {
  sourceId: string;
  nextPollAt: string | null;
  etag: string | null;
  lastModified: string | null;
  lastFetchAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  consecutiveErrors: number;
  itemsSeen: number;
  /** First successful poll; the publishing rate is learnt from then on. */
  firstSuccessAt: string | null;
  /** Last poll that found new entries. */
  lastNewItemAt: string | null;
  /** Learnt publishing rate (new entries per day, a time-weighted moving average); the expected volume. */
  itemsPerDay: number | null;
  /** Polls so far; every Nth poll skips the conditional headers (some servers send stale 304s). */
  pollCount: number;
}

export interface SourceWithState extends Source {
  state: SourceState;
}

export function emptySourceState(sourceId: string): SourceState {
  return {
    sourceId,
    nextPollAt: null,
    etag: null,
    lastModified: null,
    lastFetchAt: null,
    lastSuccessAt: null,
    lastStatus: null,
    lastError: null,
    consecutiveErrors: 0,
    itemsSeen: 0,
    firstSuccessAt: null,
    lastNewItemAt: null,
    itemsPerDay: null,
    pollCount: 0,
  };
}

/** Hints a feed entry gives about an article; the fetch stage uses them to fill gaps. */
export interface EntryHints {
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  summary: string | null;
}

/** An article as fetched and extracted, before processing. Kept so the process stage reads it by id. */
export interface FetchedDocument {
  id: string;
  sourceId: string;
  url: string;
  canonicalUrl: string;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  languageHint: string | null;
  text: string;
  fetchedAt: string;
  /** Last update the page declares (ISO, never in the future); absent in older documents. */
  updatedAt?: string | null;
  /** Absolute URL of the lead image; absent in older documents. */
  imageUrl?: string | null;
}

export interface TopicScore {
  topic: string;
  score: number;
  matched: string[];
}

/** A processed, stored and searchable news item. */
export interface Item {
  id: string;
  url: string;
  canonicalUrl: string;
  sourceId: string;
  sourceName: string;
  title: string;
  byline: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  language: string | null;
  country: string | null;
  domestic: boolean;
  text: string;
  summary: string | null;
  topics: TopicScore[];
  relevance: number | null;
  tone: number | null;
  clusterId: string | null;
  /** Last update the page declares (ISO, never in the future); absent on items stored before it was kept. */
  updatedAt?: string | null;
  /** Absolute URL of the article's lead image; absent on items stored before it was kept. */
  imageUrl?: string | null;
  /** Places of the province the text names (the relevance score's evidence); absent on older items. */
  places?: string[];
}

export const ROLES = ['admin', 'analyst', 'press_officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}
