// A collection: one index `<prefix>-<name>` (1 shard, explicit mappings, created on first use)
// holding documents of one shape by id. Writes wait for a refresh by default (read-your-writes
// for find/count right after a write; get by id is real-time anyway); conditional writes use
// the version a read returned, and a conflict is an EngineError 409 (see retryOnConflict).
import type { DocVersion, EngineClient, SearchResponseWire } from '../client/engine-client.ts';
import { EngineError } from '../client/engine-client.ts';
import { type Filter, filterQuery, type Sort, stableSort } from './filter.ts';
import { retryOnConflict } from './retry.ts';

export interface CollectionSpec {
  /** The collection's name; the index is `<prefix>-<name>`. */
  name: string;
  prefix: string;
  replicas: number;
  /** Mapping properties, e.g. `{ id: { type: 'keyword' }, at: { type: 'date' } }`. */
  properties: Record<string, unknown>;
  /** Fields not in `properties`: false (default) stores them unindexed, 'strict' rejects them. */
  dynamic?: false | 'strict';
  /**
   * The index refresh interval, default '200ms': a 'wait_for' write returns at the next refresh,
   * so this bounds write latency (the engine's own 1 s default would add up to a second).
   * '-1' (no periodic refresh) only with writes that never wait (refresh false or true).
   */
  refreshInterval?: string;
}

/** Where a repository's collections live: what every repository factory takes besides the client. */
export type CollectionPlacement = Pick<CollectionSpec, 'prefix' | 'replicas'>;

export interface Versioned<T> {
  doc: T;
  version: DocVersion;
}

export type Refresh = boolean | 'wait_for';

export interface WriteOptions {
  /** Only if no document has the id (else EngineError 409). */
  create?: boolean;
  /** Only if unchanged since the read that returned this version (else EngineError 409). */
  ifVersion?: DocVersion;
  /** Default 'wait_for'. */
  refresh?: Refresh;
}

export interface FindQuery {
  filter?: Filter;
  /** The document id is appended as the last key, so equal keys still page stably. */
  sort?: Sort;
  /** Default 100, at most 10000. */
  size?: number;
  /** The `sort` values of the last hit of the previous page. */
  searchAfter?: unknown[];
}

export interface Hit<T> {
  id: string;
  doc: T;
  /** Pass the last hit's to `searchAfter` for the next page. */
  sort: unknown[];
}

export interface Collection<T extends object> {
  readonly index: string;
  /** Creates the index if needed (once per instance; every method below calls it). */
  ensure(): Promise<void>;
  get(id: string): Promise<Versioned<T> | null>;
  /** In the order of `ids`, null where absent. */
  getMany(ids: string[]): Promise<(Versioned<T> | null)[]>;
  put(id: string, doc: T, options?: WriteOptions): Promise<DocVersion>;
  /** One bulk request; throws the first item's error (EngineError) when any failed. */
  putMany(docs: { id: string; doc: T }[], options?: { create?: boolean; refresh?: Refresh }): Promise<void>;
  /** False when absent. */
  delete(id: string, options?: { ifVersion?: DocVersion; refresh?: Refresh }): Promise<boolean>;
  /**
   * Read-modify-write with retry on conflict: `change` gets the current document (null when
   * absent) and returns the next one, or null to write nothing. Returns what is stored after.
   */
  modify(
    id: string,
    change: (current: T | null) => T | null,
    options?: { refresh?: Refresh },
  ): Promise<T | null>;
  find(query?: FindQuery): Promise<Hit<T>[]>;
  /** Every match, paged through with search_after (for small collections). */
  findAll(query?: Omit<FindQuery, 'size' | 'searchAfter'>): Promise<Hit<T>[]>;
  count(filter?: Filter): Promise<number>;
  /** Deletes the matches (visible at once); returns how many. */
  deleteWhere(filter: Filter): Promise<number>;
  /** A raw search on the index (aggregations and the like). */
  search(body: Record<string, unknown>): Promise<SearchResponseWire>;
  /**
   * Makes every write so far visible to find/count/search. For collections written often and
   * listed rarely: write with `refresh: false` and refresh before listing, instead of making
   * every writer wait for a refresh.
   */
  refresh(): Promise<void>;
}

/** The collection's own keyword copy of the document id (sortable, unlike _id). */
export const KEY_FIELD = 'doc_id';
const PAGE = 1000;
const DEFAULT_REFRESH_INTERVAL = '200ms';
const MAX_SIZE = 10_000;

export function collectionIndex(prefix: string, name: string): string {
  return `${prefix}-${name}`;
}

export function openCollection<T extends object>(client: EngineClient, spec: CollectionSpec): Collection<T> {
  const index = collectionIndex(spec.prefix, spec.name);
  let created: Promise<void> | null = null;
  const ensure = () => {
    created ??= client.createIndexWith(index, indexBody(spec)).catch((error) => {
      created = null;
      throw error;
    });
    return created;
  };
  const toSource = (id: string, doc: T) => ({ ...doc, [KEY_FIELD]: id }) as Record<string, unknown>;
  const fromSource = (source: Record<string, unknown>): T => {
    const { [KEY_FIELD]: _key, ...doc } = source;
    return doc as T;
  };
  const versioned = (stored: { source: Record<string, unknown>; version: DocVersion } | null) =>
    stored ? { doc: fromSource(stored.source), version: stored.version } : null;

  const find = async (query: FindQuery = {}): Promise<Hit<T>[]> => {
    await ensure();
    const response = await client.search(index, {
      query: filterQuery(query.filter),
      sort: stableSort(query.sort ?? [], KEY_FIELD),
      size: Math.min(Math.max(query.size ?? 100, 0), MAX_SIZE),
      ...(query.searchAfter && { search_after: query.searchAfter }),
      track_total_hits: false,
    });
    return response.hits.hits.map((hit) => ({
      id: hit._id,
      doc: fromSource(hit._source ?? {}),
      sort: hit.sort ?? [],
    }));
  };

  const collection: Collection<T> = {
    index,
    ensure,
    async get(id) {
      await ensure();
      return versioned(await client.getDoc(index, id));
    },
    async getMany(ids) {
      await ensure();
      return (await client.getDocs(index, ids)).map(versioned);
    },
    async put(id, doc, options = {}) {
      await ensure();
      return client.putDoc(index, id, toSource(id, doc), { refresh: 'wait_for', ...options });
    },
    async putMany(docs, options = {}) {
      if (docs.length === 0) return;
      await ensure();
      const action = options.create ? 'create' : 'index';
      const operations = docs.flatMap(({ id, doc }) => [
        { [action]: { _index: index, _id: id } },
        toSource(id, doc),
      ]);
      const response = await client.bulk(operations, options.refresh ?? 'wait_for');
      if (!response.errors) return;
      const failed = response.items.map((item) => Object.values(item)[0]).find((result) => result?.error);
      const error = failed?.error;
      throw new EngineError(
        failed?.status ?? 500,
        error?.type ?? 'bulk_error',
        `${error?.type}: ${error?.reason}`,
      );
    },
    async delete(id, options = {}) {
      await ensure();
      return client.deleteDoc(index, id, { refresh: 'wait_for', ...options });
    },
    modify: (id, change, options = {}) =>
      retryOnConflict(async () => {
        const current = await collection.get(id);
        const next = change(current?.doc ?? null);
        if (next === null) return current?.doc ?? null;
        const write = current ? { ifVersion: current.version } : { create: true };
        await collection.put(id, next, { ...write, refresh: options.refresh ?? 'wait_for' });
        return next;
      }),
    find,
    async findAll(query = {}) {
      const all: Hit<T>[] = [];
      for (let after: unknown[] | undefined; ; ) {
        const page = await find({ ...query, size: PAGE, ...(after && { searchAfter: after }) });
        all.push(...page);
        if (page.length < PAGE) return all;
        after = page[page.length - 1]?.sort;
      }
    },
    async count(filter) {
      await ensure();
      return client.count(index, filterQuery(filter));
    },
    async deleteWhere(filter) {
      await ensure();
      return client.deleteByQuery(index, filterQuery(filter), true);
    },
    async search(body) {
      await ensure();
      return client.search(index, body);
    },
    async refresh() {
      await ensure();
      await client.refresh(index);
    },
  };
  return collection;
}

function indexBody(spec: CollectionSpec): Record<string, unknown> {
  return {
    settings: {
      number_of_shards: 1,
      number_of_replicas: spec.replicas,
      refresh_interval: spec.refreshInterval ?? DEFAULT_REFRESH_INTERVAL,
    },
    mappings: {
      dynamic: spec.dynamic ?? false,
      properties: { ...spec.properties, [KEY_FIELD]: { type: 'keyword' } },
    },
  };
}
