// What both engine clients share: error normalisation, 404 / already-exists handling, waiting for
// new indices and reading GET responses. Each client library supplies only an EngineWire: thin
// calls in its own calling convention, whose results `unwrap` turns into the response body.
import type {
  BulkResponseWire,
  DocVersion,
  EngineClient,
  EngineKind,
  PutOptions,
  SearchResponseWire,
  StoredDoc,
} from './engine-client.ts';
import { toEngineError } from './engine-client.ts';

/** Index-call parameters in wire spelling, the same for both libraries. */
export interface IndexWireParams {
  op_type?: 'create';
  if_seq_no?: number;
  if_primary_term?: number;
  refresh?: boolean | 'wait_for';
}

/** One library's calls; each resolves to the library's raw response. */
export interface EngineWire {
  readonly kind: EngineKind;
  unwrap(response: unknown): unknown;
  search(index: string, body: Record<string, unknown>, dfs: boolean): Promise<unknown>;
  bulk(operations: Record<string, unknown>[], refresh: boolean | 'wait_for'): Promise<unknown>;
  get(index: string, id: string): Promise<unknown>;
  mget(index: string, ids: string[]): Promise<unknown>;
  index(index: string, id: string, doc: Record<string, unknown>, params: IndexWireParams): Promise<unknown>;
  delete(index: string, id: string, params: IndexWireParams): Promise<unknown>;
  count(index: string, query?: Record<string, unknown>): Promise<unknown>;
  deleteByQuery(index: string, query: Record<string, unknown>, refresh: boolean): Promise<unknown>;
  createIndex(name: string, body?: Record<string, unknown>): Promise<unknown>;
  putIndexTemplate(name: string, body: Record<string, unknown>): Promise<unknown>;
  refresh(index: string): Promise<unknown>;
  deleteIndex(pattern: string): Promise<unknown>;
  deleteIndexTemplate(name: string): Promise<unknown>;
  health(params?: {
    index: string;
    wait_for_status: 'yellow';
    wait_for_no_initializing_shards: boolean;
    timeout: string;
  }): Promise<unknown>;
  close(): Promise<void>;
}

export function engineClientOver(wire: EngineWire): EngineClient {
  const call = async <T>(run: () => Promise<unknown>): Promise<T> => {
    try {
      return wire.unwrap(await run()) as T;
    } catch (error) {
      throw toEngineError(error);
    }
  };
  const createAndWait = async (name: string, body?: Record<string, unknown>) => {
    try {
      await call(() => wire.createIndex(name, body));
    } catch (error) {
      if ((error as { type?: string }).type !== 'resource_already_exists_exception') throw error;
    }
    // Created (here or by another process a moment ago): wait until its primary shard serves. A
    // new index reports yellow while its primary is still initialising, hence the second condition.
    await call(() =>
      wire.health({
        index: name,
        wait_for_status: 'yellow',
        wait_for_no_initializing_shards: true,
        timeout: '30s',
      }),
    );
  };
  return {
    kind: wire.kind,
    search: (index, body, options) =>
      call<SearchResponseWire>(() => wire.search(index, body, options?.dfs ?? false)),
    bulk: (operations, refresh) => call<BulkResponseWire>(() => wire.bulk(operations, refresh)),
    async getDoc(index, id) {
      try {
        return storedDoc(await call<GetWire>(() => wire.get(index, id)));
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },
    async getDocs(index, ids) {
      if (ids.length === 0) return [];
      const body = await call<{ docs: GetWire[] }>(() => wire.mget(index, ids));
      return body.docs.map(storedDoc);
    },
    async putDoc(index, id, doc, options = {}) {
      const body = await call<{ _seq_no: number; _primary_term: number }>(() =>
        wire.index(index, id, doc, indexParams(options)),
      );
      return { seqNo: body._seq_no, primaryTerm: body._primary_term } satisfies DocVersion;
    },
    async deleteDoc(index, id, options = {}) {
      try {
        await call(() => wire.delete(index, id, indexParams(options)));
        return true;
      } catch (error) {
        if ((error as { status?: number }).status === 404) return false;
        throw error;
      }
    },
    async count(index, query) {
      return (await call<{ count: number }>(() => wire.count(index, query))).count;
    },
    async deleteByQuery(index, query, refresh = false) {
      return (await call<{ deleted: number }>(() => wire.deleteByQuery(index, query, refresh))).deleted;
    },
    createIndexWith: (name, body) => createAndWait(name, body),
    async putIndexTemplate(name, body) {
      await call(() => wire.putIndexTemplate(name, body));
    },
    createIndex: (name) => createAndWait(name),
    async refresh(index) {
      await call(() => wire.refresh(index));
    },
    async deleteIndices(pattern, template) {
      await call(() => wire.deleteIndex(pattern));
      if (template) {
        await call(() => wire.deleteIndexTemplate(template)).catch((error) => {
          if ((error as { status?: number }).status !== 404) throw error;
        });
      }
    },
    async health() {
      const body = await call<{ status: string }>(() => wire.health());
      return body.status;
    },
    close: () => wire.close(),
  };
}

function indexParams(options: PutOptions): IndexWireParams {
  return {
    ...(options.create && { op_type: 'create' as const }),
    ...(options.ifVersion && {
      if_seq_no: options.ifVersion.seqNo,
      if_primary_term: options.ifVersion.primaryTerm,
    }),
    ...(options.refresh !== undefined && { refresh: options.refresh }),
  };
}

interface GetWire {
  found: boolean;
  _source?: Record<string, unknown>;
  _seq_no?: number;
  _primary_term?: number;
}

function storedDoc(body: GetWire): StoredDoc | null {
  if (!body.found || !body._source) return null;
  return {
    source: body._source,
    version: { seqNo: body._seq_no ?? 0, primaryTerm: body._primary_term ?? 0 },
  };
}
