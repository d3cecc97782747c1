// ClusterStore: story clusters as JSON documents with the columns lists sort on, their members with
// signatures, and the LSH band index (cluster_bands). assign() runs in one IMMEDIATE transaction —
// membership check, candidate lookup, the caller's choice, the writes — so two processes clustering
// near-duplicates at the same moment cannot both open a cluster, and a replayed item counts once.
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
    // One probe of the (band_key, seen_at) key per band key; the closest in time first.
    candidates: db.prepare(`
      SELECT m.item_id, m.cluster_id, m.seen_at, m.signature FROM cluster_members m
      WHERE m.item_id IN (
        SELECT b.item_id FROM json_each(@keys) k
        JOIN cluster_bands b ON b.band_key = k.value AND b.seen_at BETWEEN @from AND @to)
      ORDER BY abs(m.seen_at - @at), m.item_id LIMIT @limit`),
    getCluster: db.prepare('SELECT doc FROM clusters WHERE id = ?').pluck(),
    upsertCluster: db.prepare(`
      INSERT INTO clusters (id, first_seen, last_seen, size, doc) VALUES (@id, @firstSeen, @lastSeen, @size, @doc)
      ON CONFLICT (id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen,
        size = excluded.size, doc = excluded.doc`),
    insertMember: db.prepare(
      'INSERT INTO cluster_members (item_id, cluster_id, seen_at, signature, doc) VALUES (?, ?, ?, ?, ?)',
    ),
    // Every band key of a member in one statement (~43 rows: one call instead of 43).
    insertBands: db.prepare(
      'INSERT OR IGNORE INTO cluster_bands (band_key, seen_at, item_id) SELECT value, ?, ? FROM json_each(?)',
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

export function createClusterStore(db: Database, group: GroupCommit = createGroupCommit(db)): ClusterStore {
  const statements = prepare(db);
  const membership = (itemId: string): ClusterAssignment | null => {
    const row = statements.membership.get(itemId) as MembershipRow | undefined;
    return row ? { clusterId: row.cluster_id, isNew: row.opened === 1, size: row.size } : null;
  };
  const assign = db.transaction(
    (request: ClusterAssignRequest) => membership(request.member.itemId) ?? join(statements, request),
  );

  return {
    async assign(request) {
      // In the shared transaction of this turn's writes; still one savepoint per assignment.
      return group.run(() => assign(request));
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
function join(statements: Statements, request: ClusterAssignRequest): ClusterAssignment {
  const at = Date.parse(request.member.seenAt);
  const rows = statements.candidates.all({
    keys: JSON.stringify(request.bandKeys),
    from: at - request.windowMs,
    to: at + request.windowMs,
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
  statements.insertBands.run(at, member.itemId, JSON.stringify(request.bandKeys));
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
