// ClusterStore: story clusters as JSON documents with the columns lists sort on, their members with
// signatures, and the LSH band index (cluster_bands, with the log in front of it: cluster-band-log.ts).
// assign() runs in one IMMEDIATE transaction — membership check, candidate lookup, the caller's
// choice, the writes — so two processes clustering near-duplicates at the same moment cannot both
// open a cluster, and a replayed item counts once.
import {
  type ClusterAssignment,
  type ClusterAssignRequest,
  type ClusterCandidate,
  type ClusterListOptions,
  type ClusterMember,
  type ClusterStore,
  InvalidCursorError,
  type StoryCluster,
} from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { createGroupCommit, type GroupCommit } from '../items/group-commit.ts';
import { type ClusterBandLog, createClusterBandLog, DEFAULT_BAND_FLUSH_AT } from './cluster-band-log.ts';

interface CandidateRow {
  item_id: string;
  cluster_id: string;
  seen_at: number;
  signature: Buffer;
}

interface MembershipRow {
  cluster_id: string;
  opened: number;
  size: number;
}

interface ClusterRow {
  doc: string;
  size: number;
  last_seen: number;
  id: string;
}

function prepare(db: Database) {
  return {
    membership: db.prepare(`
      SELECT m.cluster_id, json_extract(m.doc, '$.joinedVia') IS NULL AS opened, c.size
      FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id WHERE m.item_id = ?`),
    // One probe of the (band_key, seen_at) key per band key, plus the members still in the band
    // log (@logged); the closest in time first.
    candidates: db.prepare(`
      SELECT m.item_id, m.cluster_id, m.seen_at, m.signature FROM cluster_members m
      WHERE m.item_id IN (
        SELECT b.item_id FROM json_each(@keys) k
        JOIN cluster_bands b ON b.band_key = k.value AND b.seen_at BETWEEN @from AND @to
        UNION ALL SELECT value FROM json_each(@logged))
      ORDER BY abs(m.seen_at - @at), m.item_id LIMIT @limit`),
    getCluster: db.prepare('SELECT doc FROM clusters WHERE id = ?').pluck(),
    upsertCluster: db.prepare(`
      INSERT INTO clusters (id, first_seen, last_seen, size, doc) VALUES (@id, @firstSeen, @lastSeen, @size, @doc)
      ON CONFLICT (id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen,
        size = excluded.size, doc = excluded.doc`),
    insertMember: db.prepare(
      'INSERT INTO cluster_members (item_id, cluster_id, seen_at, signature, doc) VALUES (?, ?, ?, ?, ?)',
    ),
    members: db
      .prepare('SELECT doc FROM cluster_members WHERE cluster_id = ? ORDER BY seen_at, item_id LIMIT ?')
      .pluck(),
    setSummary: db.prepare("UPDATE clusters SET doc = json_set(doc, '$.summary', json(?)) WHERE id = ?"),
    recent: db.prepare(`
      SELECT doc, size, last_seen, id FROM clusters
      WHERE last_seen >= @since AND size >= @minSize AND (last_seen, id) < (@lastSeen, @id)
      ORDER BY last_seen DESC, id DESC LIMIT @limit`),
    bySize: db.prepare(`
      SELECT doc, size, last_seen, id FROM clusters
      WHERE last_seen >= @since AND size >= @minSize AND (size, last_seen, id) < (@size, @lastSeen, @id)
      ORDER BY size DESC, last_seen DESC, id DESC LIMIT @limit`),
  };
}

type Statements = ReturnType<typeof prepare>;

export interface ClusterStoreOptions {
  /** Members per flush of the band log into cluster_bands (cluster-band-log.ts). */
  bandFlushAt?: number;
}

export function createClusterStore(
  db: Database,
  group: GroupCommit = createGroupCommit(db),
  options: ClusterStoreOptions = {},
): ClusterStore {
  const statements = prepare(db);
  const bandLog = createClusterBandLog(db, options.bandFlushAt ?? DEFAULT_BAND_FLUSH_AT);
  const membership = (itemId: string): ClusterAssignment | null => {
    const row = statements.membership.get(itemId) as MembershipRow | undefined;
    return row ? { clusterId: row.cluster_id, isNew: row.opened === 1, size: row.size } : null;
  };
  const assign = db.transaction((request: ClusterAssignRequest) => {
    try {
      return membership(request.member.itemId) ?? join(statements, bandLog, request);
    } catch (error) {
      bandLog.forget(); // this savepoint's log rows are gone
      throw error;
    }
  });

  return {
    async assign(request) {
      // In the shared transaction of this turn's writes; still one savepoint per assignment.
      try {
        return await group.run(() => assign(request));
      } catch (error) {
        bandLog.forget(); // the shared transaction may have rolled back
        throw error;
      }
    },
    async membership(itemId) {
      return membership(itemId);
    },
    async get(id) {
      const doc = statements.getCluster.get(id) as string | undefined;
      return doc === undefined ? null : (JSON.parse(doc) as StoryCluster);
    },
    async members(clusterId, options = {}) {
      const docs = statements.members.all(clusterId, options.limit ?? -1) as string[];
      return docs.map((doc) => JSON.parse(doc) as ClusterMember);
    },
    async list(options) {
      return listClusters(statements, options);
    },
    async setSummary(clusterId, summary) {
      const doc = JSON.stringify(summary);
      await group.run(() => statements.setSummary.run(doc, clusterId));
    },
  };
}

/** Inside the transaction: candidates, the caller's choice, then the member, its bands and the cluster. */
function join(
  statements: Statements,
  bandLog: ClusterBandLog,
  request: ClusterAssignRequest,
): ClusterAssignment {
  const at = Date.parse(request.member.seenAt);
  const keys = JSON.stringify(request.bandKeys);
  const from = at - request.windowMs;
  const to = at + request.windowMs;
  const rows = statements.candidates.all({
    keys,
    logged: JSON.stringify(bandLog.logged(request.bandKeys, from, to)),
    from,
    to,
    at,
    limit: request.maxCandidates,
  }) as CandidateRow[];
  const candidates: ClusterCandidate[] = rows.map((row) => ({
    itemId: row.item_id,
    clusterId: row.cluster_id,
    seenAt: new Date(row.seen_at).toISOString(),
    signature: new Uint8Array(row.signature.buffer, row.signature.byteOffset, row.signature.byteLength),
  }));
  const choice = request.choose(candidates);
  const clusterId = choice?.clusterId ?? request.newClusterId;
  const currentDoc = statements.getCluster.get(clusterId) as string | undefined;
  const current = currentDoc === undefined ? null : (JSON.parse(currentDoc) as StoryCluster);
  const member: ClusterMember = {
    ...request.member,
    clusterId,
    similarity: choice?.similarity ?? 1,
    joinedVia: choice?.via ?? null,
  };
  const cluster = request.merge(current, member);
  statements.upsertCluster.run({
    id: cluster.id,
    firstSeen: Date.parse(cluster.firstSeen),
    lastSeen: Date.parse(cluster.lastSeen),
    size: cluster.size,
    doc: JSON.stringify(cluster),
  });
  statements.insertMember.run(
    member.itemId,
    clusterId,
    at,
    Buffer.from(request.signature),
    JSON.stringify(member),
  );
  bandLog.append(at, member.itemId, request.bandKeys, keys);
  return { clusterId, isNew: current === null, size: cluster.size };
}

interface ClusterCursor {
  size: number;
  lastSeen: number;
  id: string;
}

function listClusters(statements: Statements, options: ClusterListOptions) {
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const params = {
    since: options.since ? Date.parse(options.since) : Number.MIN_SAFE_INTEGER,
    minSize: options.minSize ?? 1,
    lastSeen: after?.lastSeen ?? Number.MAX_SAFE_INTEGER,
    id: after?.id ?? '\uffff',
    limit: options.limit + 1,
  };
  const rows = (
    options.sort === 'size'
      ? statements.bySize.all({ ...params, size: after?.size ?? Number.MAX_SAFE_INTEGER })
      : statements.recent.all(params)
  ) as ClusterRow[];
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    clusters: page.map((row) => JSON.parse(row.doc) as StoryCluster),
    nextCursor:
      rows.length > options.limit && last
        ? encodeCursor({ size: last.size, lastSeen: last.last_seen, id: last.id })
        : null,
  };
}

function encodeCursor(cursor: ClusterCursor): string {
  return Buffer.from(JSON.stringify([cursor.size, cursor.lastSeen, cursor.id])).toString('base64url');
}

function decodeCursor(cursor: string): ClusterCursor {
  try {
    const [size, lastSeen, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (Number.isSafeInteger(size) && Number.isSafeInteger(lastSeen) && typeof id === 'string') {
      return { size: size as number, lastSeen: lastSeen as number, id };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError('Invalid cursor');
}
