// The item store and search index port. The SQLite adapter (FTS5) is the embedded default; the
// search-engine adapter of the distributed mode implements the same contract
// (tests/contracts/item-store.contract.ts): bulk writes, cursor pagination, facets, highlights.
import type { Item } from '../model.ts';
import type { QueryNode } from '../query.ts';

export interface ItemStore {
  /** Insert or replace, in one batch. */
  upsertMany(items: Item[]): Promise<void>;
  get(id: string): Promise<Item | null>;
  /** Ids among `ids` that are stored already (seen-URL dedupe before fetching). */
  existing(ids: string[]): Promise<Set<string>>;
  delete(ids: string[]): Promise<void>;
  count(): Promise<number>;
}

export const FACET_FIELDS = [
  'source',
  'language',
  'country',
  'domestic',
  'topic',
  'tone',
  'relevance',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** A named band of a score: `from` inclusive, `to` exclusive (an open end when absent). */
export interface ScoreBand<K extends string = string> {
  key: K;
  from?: number;
  to?: number;
}

export const TONE_BANDS = [
  { key: 'negative', to: -0.2 },
  { key: 'neutral', from: -0.2, to: 0.2 },
  { key: 'positive', from: 0.2 },
] as const satisfies readonly ScoreBand[];
export type ToneBand = (typeof TONE_BANDS)[number]['key'];

/** Province relevance (0..1): high ≥ 0.7, some 0.3–0.7, none < 0.3. */
export const RELEVANCE_BANDS = [
  { key: 'high', from: 0.7 },
  { key: 'some', from: 0.3, to: 0.7 },
  { key: 'none', to: 0.3 },
] as const satisfies readonly ScoreBand[];
export type RelevanceBand = (typeof RELEVANCE_BANDS)[number]['key'];

/** The bands of the named keys (unknown keys are ignored). */
export function bandsOf(bands: readonly ScoreBand[], keys: readonly string[]): ScoreBand[] {
  return bands.filter((band) => keys.includes(band.key));
}

export interface SearchFilters {
  sourceIds?: string[];
  languages?: string[];
  countries?: string[];
  domestic?: boolean;
  /** Items with any of these topics. */
  topics?: string[];
  /** Items whose tone falls in any of these bands (TONE_BANDS); items without a tone never match. */
  tones?: ToneBand[];
  /** Items whose relevance falls in any of these bands (RELEVANCE_BANDS); unscored items never match. */
  relevance?: RelevanceBand[];
  /** Inclusive ISO timestamps on publishedAt (fetchedAt when unknown). */
  from?: string;
  to?: string;
}

export interface SearchRequest {
  query: QueryNode | null;
  filters?: SearchFilters;
  /** time: newest first; relevance: best first, then newest. Default time. */
  sort?: 'time' | 'relevance';
  limit: number;
  /** Opaque, from a previous result's nextCursor with the same query, filters and sort. */
  cursor?: string | null;
  facets?: FacetField[];
  highlight?: boolean;
}

export interface SearchHit {
  item: Item;
  score: number | null;
  /** Fragments with matches wrapped in <mark>…</mark>; everything else HTML-escaped. */
  highlights: { title?: string; text?: string } | null;
}

/**
 * Facets: `topic` counts an item once per topic; `tone` and `relevance` count items per band
 * (TONE_BANDS, RELEVANCE_BANDS; value = the band's key, listed in that order; unscored items and
 * empty bands are left out). Other facets: largest first, then by value in code-point order.
 */
export interface FacetBucket {
  value: string;
  count: number;
  /** True when the count is estimated from a sample of a large match set (see SearchResult.totalIsEstimate). */
  approximate?: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /**
   * True when `total` (and the facet counts, each marked `approximate`) is estimated: an adapter
   * may count exactly only up to a bound (the SQLite store: 10,000 matches) and estimate larger
   * match sets from a deterministic sample. Absent or false: exact.
   */
  totalIsEstimate?: boolean;
  nextCursor: string | null;
  facets: Partial<Record<FacetField, FacetBucket[]>>;
}

export interface SearchIndex {
  /** Index (or re-index) items in one batch. */
  indexMany(items: Item[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Bucket counts over the whole match set (summaries). */
  aggregate(request: AggregationRequest): Promise<AggregationResult>;
}

// Aggregations (summaries): counts over the match set of a query and filters, shaped after
// Elasticsearch's bucket aggregations so a search-engine adapter maps them one to one
// (terms → terms, dateHistogram → date_histogram with extended bounds, range, histogram).

/** Fields a terms aggregation groups by. `topic` is multi-valued: an item counts once per topic. */
export const TERMS_FIELDS = ['topic', 'source', 'language', 'country', 'domestic', 'cluster'] as const;
export type TermsField = (typeof TERMS_FIELDS)[number];

export const NUMERIC_FIELDS = ['tone', 'relevance'] as const;
export type NumericField = (typeof NUMERIC_FIELDS)[number];

export type Aggregation =
  | {
      type: 'terms';
      field: TermsField;
      /** Largest buckets first, at most `size` (default 10). Items without a value are left out. */
      size?: number;
      /** Top-level buckets only: attach the newest item of each bucket (e.g. a cluster's headline). */
      sample?: boolean;
      aggregations?: Record<string, Aggregation>;
    }
  | {
      type: 'dateHistogram';
      /** Buckets over publishedAt (fetchedAt when unknown). */
      interval: 'hour' | 'day';
      /** IANA zone that days start in; default UTC. Offsets are taken per hour. */
      timeZone?: string;
      aggregations?: Record<string, Aggregation>;
    }
  | {
      type: 'range';
      field: NumericField;
      /** `from` inclusive, `to` exclusive; ranges may overlap. Items without a value are left out. */
      ranges: { key: string; from?: number; to?: number }[];
    }
  | { type: 'histogram'; field: NumericField; interval: number };

export interface AggregationRequest {
  query: QueryNode | null;
  /** With both `from` and `to`, a date histogram has a (possibly empty) bucket for every interval. */
  filters?: SearchFilters;
  aggregations: Record<string, Aggregation>;
}

export interface AggregationBucket {
  /** terms: the value; dateHistogram: the bucket's start (ISO instant); range: its key; histogram: its lower bound. */
  key: string;
  count: number;
  sample?: Pick<Item, 'id' | 'title' | 'url' | 'sourceName' | 'publishedAt'>;
  aggregations?: Record<string, AggregationBucket[]>;
}

export interface AggregationResult {
  /** Items in the match set. */
  total: number;
  aggregations: Record<string, AggregationBucket[]>;
}
