// Story clusters on a real SQLite store: who joins whom, the cluster record, idempotence, the
// time window, summaries and the lists the API serves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clusterer, clusterIdFor, createClusterer } from '../src/index.ts';
import {
  original,
  rewrite,
  sameHeadline,
  storyItem,
  syndicated,
  unrelated,
  weatherMonday,
  weatherTuesday,
} from './fixtures.ts';

let dir: string;
let storage: SqliteStorage;
let clusterer: Clusterer;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-cluster-'));
  storage = openSqliteStorage({ path: join(dir, 'store.db') });
  clusterer = createClusterer(storage.clusters);
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const DAY = '2026-03-12T';

describe('joining stories', () => {
  it('joins a syndicated copy, a same-headline rewrite and a reworded rewrite; keeps other stories apart', async () => {
    const first = await clusterer.assign(storyItem('a1', original, 'bao-a', `${DAY}01:00:00Z`));
    expect(first).toEqual({ clusterId: clusterIdFor('a1'), isNew: true, size: 1 });
    const copy = await clusterer.assign(
      storyItem('b1', syndicated, 'bao-b', `${DAY}02:00:00Z`, { country: 'la', language: 'vi' }),
    );
    expect(copy).toEqual({ clusterId: first.clusterId, isNew: false, size: 2 });
    expect(
      (await clusterer.assign(storyItem('c1', sameHeadline, 'bao-c', `${DAY}03:00:00Z`))).clusterId,
    ).toBe(first.clusterId);
    expect((await clusterer.assign(storyItem('d1', rewrite, 'bao-d', `${DAY}04:00:00Z`))).size).toBe(4);
    const other = await clusterer.assign(storyItem('e1', unrelated, 'bao-a', `${DAY}05:00:00Z`));
    expect(other).toEqual({ clusterId: clusterIdFor('e1'), isNew: true, size: 1 });

    const cluster = await storage.clusters.get(first.clusterId);
    expect(cluster).toMatchObject({
      size: 4,
      outlets: ['bao-a', 'bao-b', 'bao-c', 'bao-d'],
      countries: ['vn', 'la'],
      languages: ['vi'],
      headlineItemId: 'a1',
      headline: original.title,
      firstSeen: '2026-03-12T01:00:00.000Z',
      lastSeen: '2026-03-12T04:00:00.000Z',
    });
    const members = await storage.clusters.members(first.clusterId);
    expect(members.map((m) => m.itemId)).toEqual(['a1', 'b1', 'c1', 'd1']);
    expect(members[0]).toMatchObject({ similarity: 1, joinedVia: null });
    expect(members[1]!.similarity).toBeGreaterThan(0.8);
  });

  it('keeps weather bulletins that share a template but not a story apart', async () => {
    const monday = await clusterer.assign(storyItem('w1', weatherMonday, 'bao-a', `${DAY}01:00:00Z`));
    const tuesday = await clusterer.assign(storyItem('w2', weatherTuesday, 'bao-a', `${DAY}09:00:00Z`));
    expect(tuesday.clusterId).not.toBe(monday.clusterId);
  });

  it('makes the earliest member the headline, whatever the processing order', async () => {
    const late = await clusterer.assign(storyItem('b1', syndicated, 'bao-b', `${DAY}08:00:00Z`));
    await clusterer.assign(storyItem('a1', original, 'bao-a', `${DAY}01:00:00Z`));
    expect(await storage.clusters.get(late.clusterId)).toMatchObject({
      headlineItemId: 'a1',
      headline: original.title,
      firstSeen: '2026-03-12T01:00:00.000Z',
      lastSeen: '2026-03-12T08:00:00.000Z',
    });
  });

  it('only looks at members seen within the window', async () => {
    const first = await clusterer.assign(storyItem('a1', original, 'bao-a', '2026-03-01T01:00:00Z'));
    const tooLate = await clusterer.assign(storyItem('b1', syndicated, 'bao-b', '2026-03-09T02:00:00Z'));
    expect(tooLate.clusterId).not.toBe(first.clusterId);
    const wider = createClusterer(storage.clusters, { windowDays: 10 });
    expect(
      (await wider.assign(storyItem('c1', sameHeadline, 'bao-c', '2026-03-09T03:00:00Z'))).clusterId,
    ).toBe(first.clusterId);
  });
});

describe('idempotence', () => {
  it('gives a re-processed item its cluster back without counting it twice', async () => {
    const first = await clusterer.assign(storyItem('a1', original, 'bao-a', `${DAY}01:00:00Z`));
    const copy = await clusterer.assign(storyItem('b1', syndicated, 'bao-b', `${DAY}02:00:00Z`));
    const before = await storage.clusters.get(first.clusterId);
    expect(await clusterer.assign(storyItem('b1', syndicated, 'bao-b', `${DAY}02:00:00Z`))).toEqual(copy);
    expect(await clusterer.assign(storyItem('a1', original, 'bao-a', `${DAY}01:00:00Z`))).toEqual({
      ...first,
      size: 2,
    });
    expect(await storage.clusters.get(first.clusterId)).toEqual(before);
    const again = createClusterer(storage.clusters);
    await Promise.all(
      [1, 2, 3].map(() => again.assign(storyItem('b1', syndicated, 'bao-b', `${DAY}02:00:00Z`))),
    );
    expect((await storage.clusters.get(first.clusterId))!.size).toBe(2);
  });
});

describe('summaries', () => {
  it('writes a 2–3 sentence summary from what the members share', async () => {
    const first = await clusterer.assign(storyItem('a1', original, 'bao-a', `${DAY}01:00:00Z`));
    const single = (await storage.clusters.get(first.clusterId))!.summary!;
    expect(single.startsWith('Sáng ngày 12 tháng 3')).toBe(true);
    await clusterer.assign(storyItem('b1', syndicated, 'bao-b', `${DAY}02:00:00Z`));
    await clusterer.assign(storyItem('d1', rewrite, 'bao-d', `${DAY}03:00:00Z`));
    const summary = (await storage.clusters.get(first.clusterId))!.summary!;
    const sentences = summary.split(/(?<=\.) (?=\p{Lu})/u);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    // The sentence all three outlets carry word for word is in it.
    expect(summary).toContain('Các mặt hàng chủ yếu gồm nông sản');
  });
});

describe('cluster lists', () => {
  it('lists recent clusters and clusters by size, a page at a time', async () => {
    await clusterer.assign(storyItem('a1', original, 'bao-a', '2026-03-10T01:00:00Z'));
    await clusterer.assign(storyItem('b1', syndicated, 'bao-b', '2026-03-10T02:00:00Z'));
    await clusterer.assign(storyItem('e1', unrelated, 'bao-a', '2026-03-11T01:00:00Z'));
    await clusterer.assign(storyItem('w1', weatherMonday, 'bao-a', '2026-03-12T01:00:00Z'));

    const recent = await storage.clusters.list({ sort: 'recent', limit: 2 });
    expect(recent.clusters.map((c) => c.headlineItemId)).toEqual(['w1', 'e1']);
    const rest = await storage.clusters.list({ sort: 'recent', limit: 2, cursor: recent.nextCursor });
    expect(rest.clusters.map((c) => c.headlineItemId)).toEqual(['a1']);
    expect(rest.nextCursor).toBeNull();

    const bySize = await storage.clusters.list({ sort: 'size', limit: 10 });
    expect(bySize.clusters.map((c) => [c.headlineItemId, c.size])).toEqual([
      ['a1', 2],
      ['w1', 1],
      ['e1', 1],
    ]);
    const since = await storage.clusters.list({ sort: 'size', limit: 10, since: '2026-03-11T00:00:00Z' });
    expect(since.clusters.map((c) => c.headlineItemId)).toEqual(['w1', 'e1']);
    const big = await storage.clusters.list({ sort: 'recent', limit: 10, minSize: 2 });
    expect(big.clusters.map((c) => c.headlineItemId)).toEqual(['a1']);
    await expect(storage.clusters.list({ sort: 'size', limit: 1, cursor: 'bm9wZQ' })).rejects.toThrow(
      /cursor/i,
    );
  });
});
