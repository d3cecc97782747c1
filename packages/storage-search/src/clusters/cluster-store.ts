// ClusterStore over the engine, safe with many processors. assign() cannot be one transaction
// here, so it is made of conditional writes in an order that serialises near-duplicates:
//   1. membership by id (real time): an item that is a member already gets its assignment back;
//   2. candidates: the band documents of its keys, then their members (mget, real time);
//   3. the caller's choice and merge;
//   4. the band documents are rewritten with this member added, each only if unchanged since
//      step 2 (if_seq_no): two near-duplicates share a band key, so the second one's write
//      conflicts and it starts again, now seeing the first as a candidate;
//   5. the member (create: only once per item), then the cluster record (create or compare-and-
//      set, re-merged on conflict).
// A process that dies between 5's two writes leaves a member its cluster record does not count.
import type {
  ClusterAssignment,
  ClusterAssignRequest,
  ClusterCandidate,
  ClusterMember,
  ClusterStore,
  StoryCluster,
} from '@presswatch/domain';
import { type EngineClient, EngineError, isTransient, type StoredDoc } from '../client/engine-client.ts';
import type { ClusterIndices } from './cluster-indices.ts';
import { listClusters } from './list-clusters.ts';

const MAX_ROUNDS = 30;
/** Entries a band document keeps (newest); older members are found through newer ones. */
const MAX_BAND_ENTRIES = 500;

/** A band entry: the member, when it was seen, and when the entry was written. */
type BandEntry = [itemId: string, seenMs: number, writtenMs: number];
/** An entry whose member is not written yet is an assignment in flight for this long (then presumed dead). */
const IN_FLIGHT_MS = 30_000;

export function createClusterStore(
  client: EngineClient,
  indices: ClusterIndices,
  ensureIndices: () => Promise<void>,
): ClusterStore {
  const readCluster = async (id: string) => {
    const stored = await client.getDoc(indices.clusters, id);
    return stored ? { cluster: stored.source.cluster as StoryCluster, version: stored.version } : null;
  };

  const membership = async (itemId: string): Promise<ClusterAssignment | null> => {
    const stored = await client.getDoc(indices.members, itemId);
    if (!stored) return null;
    const member = stored.source.member as ClusterMember;
    const cluster = await readCluster(member.clusterId);
    return {
      clusterId: member.clusterId,
      isNew: member.joinedVia === null,
      size: cluster?.cluster.size ?? 1,
    };
  };

  const writeCluster = async (
    request: ClusterAssignRequest,
    member: ClusterMember,
  ): Promise<StoryCluster> => {
    for (let round = 1; ; round++) {
      const current = await readCluster(member.clusterId);
      const cluster = request.merge(current?.cluster ?? null, member);
      const doc = { id: cluster.id, cluster, size: cluster.size, last_seen: Date.parse(cluster.lastSeen) };
      try {
        await client.putDoc(
          indices.clusters,
          member.clusterId,
          doc,
          current ? { ifVersion: current.version } : { create: true },
        );
        return cluster;
      } catch (error) {
        if (!isRetryable(error) || round >= MAX_ROUNDS) throw error;
      }
    }
  };

  const assignOnce = async (request: ClusterAssignRequest): Promise<ClusterAssignment> => {
    const known = await membership(request.member.itemId);
    if (known) return known;
    const at = Date.parse(request.member.seenAt);
    const keys = [...new Set(request.bandKeys)].map(String);
    const bands = await client.getDocs(indices.bands, keys);
    const candidates = await readCandidates(bands, request, at);
    const choice = request.choose(candidates);
    const member: ClusterMember = {
      ...request.member,
      clusterId: choice?.clusterId ?? request.newClusterId,
      similarity: choice?.similarity ?? 1,
      joinedVia: choice?.via ?? null,
    };
    for (const [n, key] of keys.entries()) {
      const band = bands[n] ?? null;
      const entries = withEntry(band, [member.itemId, at, Date.now()]);
      await client.putDoc(
        indices.bands,
        key,
        { entries },
        band ? { ifVersion: band.version } : { create: true },
      );
    }
    await client.putDoc(
      indices.members,
      member.itemId,
      {
        item_id: member.itemId,
        cluster_id: member.clusterId,
        seen_at: at,
        member,
        signature: Buffer.from(request.signature).toString('base64'),
      },
      { create: true },
    );
    const cluster = await writeCluster(request, member);
    return { clusterId: member.clusterId, isNew: member.joinedVia === null, size: cluster.size };
  };

  const readCandidates = async (
    bands: (StoredDoc | null)[],
    request: ClusterAssignRequest,
    at: number,
  ): Promise<ClusterCandidate[]> => {
    const near = new Map<string, number>();
    const written = new Map<string, number>();
    for (const band of bands) {
      for (const [itemId, seen, writtenMs] of (band?.source.entries ?? []) as BandEntry[]) {
        if (itemId === request.member.itemId || Math.abs(seen - at) > request.windowMs) continue;
        near.set(itemId, seen);
        written.set(itemId, writtenMs ?? 0);
      }
    }
    const chosen = [...near]
      .sort(([a, x], [b, y]) => Math.abs(x - at) - Math.abs(y - at) || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, request.maxCandidates);
    const docs = await client.getDocs(
      indices.members,
      chosen.map(([itemId]) => itemId),
    );
    // A band entry whose member is not written yet belongs to an assignment in flight: wait for
    // it (a conflict sends this one round again); one that died long ago is no candidate.
    return docs.flatMap((doc, n) => {
      if (!doc) {
        const writtenMs = written.get(chosen[n]![0]) ?? 0;
        if (Date.now() - writtenMs < IN_FLIGHT_MS) {
          throw new EngineError(409, 'assignment_in_flight', `member ${chosen[n]![0]} is being assigned`);
        }
        return [];
      }
      const member = doc.source.member as ClusterMember;
      const signature = new Uint8Array(Buffer.from(String(doc.source.signature), 'base64'));
      return [{ itemId: member.itemId, clusterId: member.clusterId, seenAt: member.seenAt, signature }];
    });
  };

  return {
    async assign(request) {
      await ensureIndices();
      for (let round = 1; ; round++) {
        try {
          return await assignOnce(request);
        } catch (error) {
          if (!isRetryable(error) || round >= MAX_ROUNDS) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * round));
        }
      }
    },
    async membership(itemId) {
      await ensureIndices();
      return membership(itemId);
    },
    async get(id) {
      await ensureIndices();
      return (await readCluster(id))?.cluster ?? null;
    },
    async members(clusterId, options = {}) {
      await ensureIndices();
      const response = await client.search(indices.members, {
        query: { term: { cluster_id: clusterId } },
        sort: [{ seen_at: 'asc' }, { item_id: 'asc' }],
        size: options.limit ?? 10_000,
        _source: ['member'],
      });
      return response.hits.hits.map((hit) => hit._source?.member as ClusterMember);
    },
    async list(options) {
      await ensureIndices();
      return listClusters(client, indices.clusters, options);
    },
    async setSummary(clusterId, summary) {
      await ensureIndices();
      for (let round = 1; ; round++) {
        const stored = await client.getDoc(indices.clusters, clusterId);
        if (!stored) return;
        const cluster = { ...(stored.source.cluster as StoryCluster), summary };
        try {
          await client.putDoc(
            indices.clusters,
            clusterId,
            { ...stored.source, cluster },
            { ifVersion: stored.version },
          );
          return;
        } catch (error) {
          if (!isRetryable(error) || round >= MAX_ROUNDS) throw error;
        }
      }
    },
  };
}

/** The band's entries with this one added, newest kept. */
function withEntry(band: StoredDoc | null, entry: BandEntry): BandEntry[] {
  const entries = ((band?.source.entries ?? []) as BandEntry[]).filter(([itemId]) => itemId !== entry[0]);
  entries.push(entry);
  entries.sort((a, b) => b[1] - a[1]);
  return entries.slice(0, MAX_BAND_ENTRIES);
}

function isRetryable(error: unknown): boolean {
  return error instanceof EngineError && (error.status === 409 || isTransient(error.status));
}
