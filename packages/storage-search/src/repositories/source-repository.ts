// SourceRepository over the engine: one document per source holding what an administrator
// configures (`source`) beside what polling learns (`state`). The API's upsert reads, changes and
// writes the document under if_seq_no/if_primary_term (retried on conflict); the crawlers' and
// scheduler's saveState and postponePolls are partial updates the engine applies under the
// document's version.
// Neither writer, in any process, loses the other's half.
//
// Writes do not wait for a refresh: the scheduler saves hundreds of states per tick one after
// the other, and a 'wait_for' on each would stretch a tick to minutes. Lists refresh the index
// first instead (a no-op when nothing changed), so they see every write made before the call,
// as in SQLite; get is real-time. listDue is one sorted search.
import {
  emptySourceState,
  NotFoundError,
  type Source,
  type SourceRepository,
  type SourceState,
  type SourceWithState,
} from '@presswatch/domain';
import { type BulkItemWire, type EngineClient, EngineError } from '../client/engine-client.ts';
import { type Collection, openCollection, retryOnConflict } from '../collection/index.ts';

export interface SourceDoc {
  source: Source;
  state: SourceState;
  enabled: boolean;
  /** nextPollAt in epoch ms; 0 when never polled, so those sort first. */
  due_ms: number;
}

const NEVER_POLLED = 0;
const MAX_DUE = 10_000;
/** Conflicts the engine itself retries within one partial update. */
const UPDATE_RETRIES = 5;

export function sourcesCollection(
  client: EngineClient,
  options: { prefix: string; replicas: number },
): Collection<SourceDoc> {
  return openCollection<SourceDoc>(client, {
    name: 'sources',
    ...options,
    properties: {
      source: { type: 'object', enabled: false },
      state: { type: 'object', enabled: false },
      enabled: { type: 'boolean' },
      due_ms: { type: 'long' },
    },
  });
}

const toSource = (doc: SourceDoc): SourceWithState => ({
  ...doc.source,
  // Documents written before a state field was added lack it: the empty state supplies defaults.
  state: { ...emptySourceState(doc.source.id), ...doc.state },
});

const dueMs = (state: SourceState): number =>
  state.nextPollAt === null ? NEVER_POLLED : Date.parse(state.nextPollAt);

export function createSourceRepository(
  client: EngineClient,
  sources: Collection<SourceDoc>,
): SourceRepository {
  /** Makes every write so far visible to the search that follows. */
  const settle = async () => {
    await sources.ensure();
    await client.refresh(sources.index);
  };

  return {
    async upsert(source) {
      await sources.modify(
        source.id,
        (current) => ({
          source,
          enabled: source.enabled,
          state: current?.state ?? emptySourceState(source.id),
          due_ms: current?.due_ms ?? NEVER_POLLED,
        }),
        { refresh: false },
      );
    },
    async get(id) {
      const stored = await sources.get(id);
      return stored ? toSource(stored.doc) : null;
    },
    async list() {
      await settle();
      return (await sources.findAll()).map((hit) => toSource(hit.doc));
    },
    async listDue(now, limit) {
      await settle();
      const hits = await sources.find({
        filter: { where: [{ term: { enabled: true } }, { range: { due_ms: { lte: now.getTime() } } }] },
        // Never polled (0) first, then the longest overdue; the id breaks ties.
        sort: [{ due_ms: 'asc' }],
        size: Math.min(limit, MAX_DUE),
      });
      return hits.map((hit) => toSource(hit.doc));
    },
    async saveState(state) {
      // One partial update (the engine reads, merges and writes under the document's version on
      // the shard, retrying its own conflicts): one round trip per state, which the scheduler's
      // tick of hundreds of saves needs; `source` is left as the last upsert wrote it. Every
      // SourceState field is always present, so merging `state` replaces it whole.
      await sources.ensure();
      const found = await retryOnConflict(() =>
        updateFields(client, sources.index, state.sourceId, { state, due_ms: dueMs(state) }),
      );
      if (!found) throw new NotFoundError(`source ${state.sourceId} not found`);
    },
    async postponePolls(polls) {
      if (polls.length === 0) return;
      await sources.ensure();
      // One bulk request of partial updates: `doc` merges into the stored object, so only
      // state.nextPollAt and due_ms change. A missing source (404) is skipped, as in SQLite.
      const operations = polls.flatMap((poll) => [
        { update: { _index: sources.index, _id: poll.sourceId, retry_on_conflict: UPDATE_RETRIES } },
        { doc: { state: { nextPollAt: poll.nextPollAt }, due_ms: Date.parse(poll.nextPollAt) } },
      ]);
      const response = await client.bulk(operations, false);
      for (const item of response.items) if (item.update?.status !== 404) throwIfFailed(item.update);
    },
    delete: (id) => sources.delete(id, { refresh: false }),
  };
}

/** A partial update of one document (no refresh); false when there is no such document. */
async function updateFields(
  client: EngineClient,
  index: string,
  id: string,
  fields: Record<string, unknown>,
): Promise<boolean> {
  const response = await client.bulk(
    [{ update: { _index: index, _id: id, retry_on_conflict: UPDATE_RETRIES } }, { doc: fields }],
    false,
  );
  const result = response.items[0]?.update;
  if (result?.status === 404) return false;
  throwIfFailed(result);
  return true;
}

type UpdateResult = BulkItemWire[string] | undefined;

function throwIfFailed(result: UpdateResult): void {
  if (result && result.status < 300) return;
  const error = result?.error;
  throw new EngineError(
    result?.status ?? 500,
    error?.type ?? 'bulk_error',
    `${error?.type}: ${error?.reason}`,
  );
}
