// The band log in front of cluster_bands (repositories/cluster-band-log.ts): members are found as
// candidates whether their band keys are still logged or already filed, by this connection and by
// another one on the same file, within the time window only, and after a rolled-back assign.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClusterAssignRequest, ClusterCandidate, ClusterMember, StoryCluster } from '@presswatch/domain';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createGroupCommit, type GroupCommit } from '../src/items/group-commit.ts';
import { migrate } from '../src/migrations/runner.ts';
import { createClusterStore } from '../src/repositories/clusters.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-05-04T08:00:00Z');

let dir: string | undefined;
const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function connect(): Database.Database {
  dir ??= mkdtempSync(join(tmpdir(), 'pw-band-log-'));
  const db = new Database(join(dir, 'store.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  open.push(db);
  return db;
}

const count = (db: Database.Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

function merge(cluster: StoryCluster | null, member: ClusterMember): StoryCluster {
  const seen = member.seenAt;
  return {
    id: member.clusterId,
    firstSeen: cluster && cluster.firstSeen < seen ? cluster.firstSeen : seen,
    lastSeen: cluster && cluster.lastSeen > seen ? cluster.lastSeen : seen,
    size: (cluster?.size ?? 0) + 1,
    outlets: [...(cluster?.outlets ?? []), member.sourceId],
    countries: [],
    languages: [],
    headlineItemId: cluster?.headlineItemId ?? member.itemId,
    headline: cluster?.headline ?? member.title,
    summary: null,
  };
}

/** Joins the closest candidate; records the candidates' item ids it was offered. */
function request(itemId: string, at: number, bandKeys: number[], offered: string[][]): ClusterAssignRequest {
  return {
    member: {
      itemId,
      sourceId: `outlet-${itemId}`,
      sourceName: itemId,
      title: `Tin ${itemId}`,
      url: `https://bao.test/${itemId}`,
      language: 'vi',
      country: 'vn',
      seenAt: new Date(at).toISOString(),
      sentences: [],
    },
    signature: new Uint8Array([1, 2, 3]),
    bandKeys,
    windowMs: 24 * HOUR,
    maxCandidates: 200,
    newClusterId: `cluster-${itemId}`,
    choose(candidates: ClusterCandidate[]) {
      offered.push(candidates.map((candidate) => candidate.itemId).sort());
      const first = candidates[0];
      return first ? { clusterId: first.clusterId, via: first.itemId, similarity: 0.9 } : null;
    },
    merge,
  };
}

describe('cluster band log', () => {
  it('offers every earlier member sharing a band key, logged or filed, through several flushes', async () => {
    const db = connect();
    const store = createClusterStore(db, createGroupCommit(db), { bandFlushAt: 3 });
    const offered: string[][] = [];
    const ids = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
    for (const [i, id] of ids.entries()) {
      // Key 7 is shared by all; each member has a key of its own too.
      await store.assign(request(id, T0 + i * HOUR, [7, 1000 + i], offered));
    }
    expect(offered).toEqual(ids.map((_, i) => ids.slice(0, i).sort()));
    // Flushed at the 3rd and 6th member: six filed (two keys each), two still logged.
    expect(count(db, 'cluster_bands')).toBe(12);
    expect(count(db, 'cluster_band_log')).toBe(2);
    expect(await store.membership('m7')).toEqual({ clusterId: 'cluster-m0', isNew: false, size: 8 });
  });

  it('offers only members seen within the window, from the log and from the filed index', async () => {
    const db = connect();
    const store = createClusterStore(db, createGroupCommit(db), { bandFlushAt: 2 });
    const offered: string[][] = [];
    await store.assign(request('old-filed', T0 - 72 * HOUR, [5], offered));
    await store.assign(request('near-filed', T0 - 2 * HOUR, [5], offered)); // flush: both filed
    await store.assign(request('old-logged', T0 - 48 * HOUR, [5], offered));
    offered.length = 0;
    await store.assign(request('new', T0, [5], offered)); // flush after this one
    expect(offered).toEqual([['near-filed']]);
    expect(count(db, 'cluster_band_log')).toBe(0);
  });

  it('sees what another connection logged and filed', async () => {
    const dbA = connect();
    const dbB = connect();
    const storeA = createClusterStore(dbA, createGroupCommit(dbA), { bandFlushAt: 3 });
    const storeB = createClusterStore(dbB, createGroupCommit(dbB), { bandFlushAt: 3 });
    const offered: string[][] = [];
    await storeA.assign(request('a1', T0, [9], offered));
    await storeB.assign(request('b1', T0 + HOUR, [9], offered)); // a1 is in the log, written by A
    await storeA.assign(request('a2', T0 + 2 * HOUR, [9], offered)); // A appends after B: flush
    expect(count(dbA, 'cluster_band_log')).toBe(0);
    await storeB.assign(request('b2', T0 + 3 * HOUR, [9], offered)); // B learns of A's flush
    await storeA.assign(request('a3', T0 + 4 * HOUR, [9], offered));
    expect(offered).toEqual([[], ['a1'], ['a1', 'b1'], ['a1', 'a2', 'b1'], ['a1', 'a2', 'b1', 'b2']]);
  });

  it('after a rolled-back assign, finds the member another connection logged in its place', async () => {
    const dbA = connect();
    const dbB = connect();
    // A's writes go through a transaction that always rolls back after the task ran.
    const rollingBack: GroupCommit = {
      run: async (task) => {
        dbA.transaction(() => {
          task();
          throw new Error('rolled back');
        })();
        throw new Error('unreachable');
      },
      flush: () => {},
    };
    const failing = createClusterStore(dbA, rollingBack, { bandFlushAt: 100 });
    const storeA = createClusterStore(dbA, createGroupCommit(dbA), { bandFlushAt: 100 });
    const storeB = createClusterStore(dbB, createGroupCommit(dbB), { bandFlushAt: 100 });
    const offered: string[][] = [];
    await storeA.assign(request('a1', T0, [3], offered));
    await expect(failing.assign(request('lost', T0 + HOUR, [3], offered))).rejects.toThrow('rolled back');
    expect(count(dbA, 'cluster_band_log')).toBe(1);
    await storeB.assign(request('b1', T0 + HOUR, [3], offered)); // takes the seq "lost" had
    await storeA.assign(request('a2', T0 + 2 * HOUR, [3], offered));
    await failing.assign(request('a3', T0 + 3 * HOUR, [3], offered)).catch(() => undefined);
    // The failing store's own map held "lost" at b1's seq: it must have read the table again.
    expect(offered).toEqual([[], ['a1'], ['a1'], ['a1', 'b1'], ['a1', 'a2', 'b1']]);
  });
});
