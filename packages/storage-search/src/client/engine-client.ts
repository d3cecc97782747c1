// The one seam between the adapter and an engine client library. Everything above it builds
// plain DSL objects (the same for Elasticsearch and OpenSearch); the two implementations only
// translate calling conventions (ES 8 flattens request bodies, OpenSearch wraps them in `body`
// and returns `{ body }`) and normalise errors into EngineError.

export type EngineKind = 'elasticsearch' | 'opensearch';

export interface SearchHitWire {
  _index: string;
  _id: string;
  _score: number | null;
  _source?: Record<string, unknown>;
  sort?: unknown[];
}

export interface SearchResponseWire {
  hits: { total?: { value: number; relation: string } | number; hits: SearchHitWire[] };
  aggregations?: Record<string, unknown>;
}

/** One item of a _bulk response: `{ index | update | delete | create: {...} }`. */
export type BulkItemWire = Record<
  string,
  { _index: string; _id: string; status: number; error?: { type: string; reason?: string } }
>;

export interface BulkResponseWire {
  errors: boolean;
  items: BulkItemWire[];
}

export interface DocVersion {
  seqNo: number;
  primaryTerm: number;
}

export interface StoredDoc {
  source: Record<string, unknown>;
  version: DocVersion;
}

export interface PutOptions {
  create?: boolean;
  ifVersion?: DocVersion;
  refresh?: boolean | 'wait_for';
}

export interface EngineClient {
  readonly kind: EngineKind;
  /**
   * `dfs`: term statistics gathered from every index first (dfs_query_then_fetch), so scores
   * compare across the time-based indices; relevance-sorted searches need it.
   */
  search(
    index: string,
    body: Record<string, unknown>,
    options?: { dfs?: boolean },
  ): Promise<SearchResponseWire>;
  /** NDJSON lines as objects: action, then the document for index/create/update. */
  bulk(operations: Record<string, unknown>[], refresh: boolean | 'wait_for'): Promise<BulkResponseWire>;
  /** Real-time GET by id (not subject to refresh), with the version for optimistic concurrency. */
  getDoc(index: string, id: string): Promise<StoredDoc | null>;
  /** Real-time multi-GET by id, in the order of `ids` (null where absent). */
  getDocs(index: string, ids: string[]): Promise<(StoredDoc | null)[]>;
  /**
   * Writes one document. `create`: only if absent; `ifVersion`: only if unchanged since read
   * (if_seq_no / if_primary_term). Either way a conflict throws EngineError with status 409.
   */
  putDoc(index: string, id: string, doc: Record<string, unknown>, options?: PutOptions): Promise<DocVersion>;
  /**
   * Deletes one document; false when it was absent. `ifVersion`: only if unchanged since read
   * (a conflict throws EngineError 409).
   */
  deleteDoc(
    index: string,
    id: string,
    options?: { ifVersion?: DocVersion; refresh?: boolean | 'wait_for' },
  ): Promise<boolean>;
  /** How many documents match `query` (a query DSL object; all when omitted). */
  count(index: string, query?: Record<string, unknown>): Promise<number>;
  /**
   * Deletes the documents matching `query` (conflicts are skipped, not errors: a document changed
   * meanwhile stays); returns how many were deleted. `refresh`: make the deletions visible now.
   */
  deleteByQuery(index: string, query: Record<string, unknown>, refresh?: boolean): Promise<number>;
  /** Creates an index with the given settings and mappings; one that exists already is not an error. */
  createIndexWith(name: string, body: Record<string, unknown>): Promise<void>;
  putIndexTemplate(name: string, body: Record<string, unknown>): Promise<void>;
  /** Creates the index; an index that exists already is not an error. */
  createIndex(name: string): Promise<void>;
  refresh(index: string): Promise<void>;
  /** Deletes indices by name or wildcard (missing ones are ignored) and the named template. */
  deleteIndices(pattern: string, template?: string): Promise<void>;
  /** Cluster health status: green, yellow or red. */
  health(): Promise<string>;
  close(): Promise<void>;
}

/** A request the engine answered with an error status (or could not be reached: status 0). */
export class EngineError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** 429 and 503 (and unreachable) are worth retrying; the rest are permanent. */
export function isTransient(status: number): boolean {
  return status === 0 || status === 429 || status === 502 || status === 503 || status === 504;
}

/** Both client libraries throw errors with `meta.statusCode` and `meta.body.error`. */
export function toEngineError(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  const e = error as {
    message?: string;
    name?: string;
    meta?: { statusCode?: number; body?: { error?: { type?: string; reason?: string } | string } };
  };
  const status = e?.meta?.statusCode ?? 0;
  const body = e?.meta?.body?.error;
  const type = typeof body === 'object' && body?.type ? body.type : (e?.name ?? 'engine_error');
  const reason = typeof body === 'object' ? body?.reason : body;
  return new EngineError(status, type, `${type}: ${reason ?? e?.message ?? 'engine request failed'}`);
}
