// What one flush of the cluster band log costs as `cluster_bands` grows: the store's real schema
// and ClusterStore, an index pre-filled with MEMBERS members' ~43 random band keys each, then
// 1,024 new members assigned through the store; the last one files the log. Prints the flush's
// time and the WAL frames it wrote (frames per member: the same rows written one member at a
// time cost ~43 frames each).
//   node --import tsx bench/cluster-flush.ts [members=200000]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClusterAssignRequest, StoryCluster } from '@presswatch/domain';
import Database from 'better-sqlite3';
import { createGroupCommit } from '../packages/storage-sqlite/src/items/group-commit.ts';
import { migrate } from '../packages/storage-sqlite/src/migrations/runner.ts';
import { DEFAULT_BAND_FLUSH_AT } from '../packages/storage-sqlite/src/repositories/cluster-band-log.ts';
import { createClusterStore } from '../packages/storage-sqlite/src/repositories/clusters.ts';

const MEMBERS = Number(process.argv[2] ?? 200_000);
const BANDS = 43;
const T0 = Date.parse('2026-01-01T00:00:00Z');

let seed = 1;
const random32 = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed;
};
const bandKeys = () => Array.from({ length: BANDS }, (_, band) => band * 2 ** 32 + random32());

function request(i: number): ClusterAssignRequest {
  const itemId = `new-${i}`;
  return {
    member: {
      itemId,
      sourceId: 'bench',
      sourceName: 'bench',
      title: itemId,
      url: `https://bench.test/${i}`,
      language: 'vi',
      country: 'vn',
      seenAt: new Date(T0 + (MEMBERS + i) * 1000).toISOString(),
      sentences: [],
    },
    signature: new Uint8Array(8),
    bandKeys: bandKeys(),
    windowMs: 7 * 86_400_000,
    maxCandidates: 200,
    newClusterId: `cluster-${itemId}`,
    choose: () => null,
    merge: (_cluster, member): StoryCluster => ({
      id: member.clusterId,
      firstSeen: member.seenAt,
      lastSeen: member.seenAt,
      size: 1,
      outlets: [member.sourceId],
      countries: [],
      languages: [],
      headlineItemId: member.itemId,
      headline: member.title,
      summary: null,
    }),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'pw-bench-flush-'));
try {
  const path = join(dir, 'store.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536'); // as openSqliteStorage
  migrate(db);
  // The existing index, loaded in key order (fast); its members need no rows of their own here.
  const rows: [number, number, string][] = [];
  for (let m = 0; m < MEMBERS; m++) {
    const itemId = `old-${m.toString(36).padStart(8, '0')}`;
    for (const key of bandKeys()) rows.push([key, T0 + m * 1000, itemId]);
  }
  rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const insert = db.prepare('INSERT INTO cluster_bands (band_key, seen_at, item_id) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const row of rows) insert.run(...row);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('wal_autocheckpoint = 0');
  const leaves = db.prepare("SELECT count(*) FROM dbstat WHERE name = 'cluster_bands'").pluck().get();

  const store = createClusterStore(db, createGroupCommit(db));
  for (let i = 0; i < DEFAULT_BAND_FLUSH_AT - 1; i++) await store.assign(request(i));
  const walBefore = statSync(`${path}-wal`).size;
  const started = performance.now();
  await store.assign(request(DEFAULT_BAND_FLUSH_AT - 1));
  const flushMs = performance.now() - started;
  const frames = (statSync(`${path}-wal`).size - walBefore) / (4096 + 24);
  const logged = db.prepare('SELECT count(*) FROM cluster_band_log').pluck().get();
  console.table([
    {
      'members in the index': MEMBERS,
      'band rows': rows.length,
      'index pages': leaves,
      'flush ms': flushMs.toFixed(0),
      'WAL frames': Math.round(frames),
      'frames per member': (frames / DEFAULT_BAND_FLUSH_AT).toFixed(1),
      'log rows left': logged,
    },
  ]);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
