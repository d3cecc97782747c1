// Story clusters through the API: recent and largest first with headline and summary, pages, and
// one cluster with its members across outlets and languages.
import type { ClusterMember, StoryCluster } from '@presswatch/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support.ts';

let api: TestApi;

const DAY_MS = 86_400_000;
const ago = (days: number, hours = 0) =>
  new Date(Date.now() - days * DAY_MS - hours * 3_600_000).toISOString();

interface Seed {
  itemId: string;
  sourceId: string;
  language: string;
  country: string;
  seenAt: string;
  title: string;
}

/** Seed data: the store's own join, told which cluster to join (the clustering is tested in packages/cluster). */
async function seed(member: Seed, joinClusterOf: string | null): Promise<string> {
  const target = joinClusterOf ? await api.storage.clusters.membership(joinClusterOf) : null;
  const assignment = await api.storage.clusters.assign({
    member: {
      ...member,
      sourceName: `Báo ${member.sourceId}`,
      url: `https://${member.sourceId}.example/${member.itemId}`,
      sentences: [`Tóm tắt của ${member.itemId}.`],
    },
    signature: new Uint8Array(16),
    bandKeys: [],
    windowMs: 7 * DAY_MS,
    maxCandidates: 10,
    newClusterId: `c-${member.itemId}`,
    choose: () => (target ? { clusterId: target.clusterId, via: joinClusterOf!, similarity: 0.8 } : null),
    merge: (cluster: StoryCluster | null, m: ClusterMember): StoryCluster =>
      cluster
        ? {
            ...cluster,
            size: cluster.size + 1,
            lastSeen: [m.seenAt, cluster.lastSeen].sort().at(-1)!,
            outlets: [...new Set([...cluster.outlets, m.sourceId])],
            countries: [...new Set([...cluster.countries, m.country!])],
            languages: [...new Set([...cluster.languages, m.language!])],
          }
        : {
            id: m.clusterId,
            firstSeen: m.seenAt,
            lastSeen: m.seenAt,
            size: 1,
            outlets: [m.sourceId],
            countries: [m.country!],
            languages: [m.language!],
            headlineItemId: m.itemId,
            headline: m.title,
            summary: m.sentences.join(' '),
          },
  });
  return assignment.clusterId;
}

let border: string;
let fishing: string;
let old: string;

beforeAll(async () => {
  api = await startTestApi();
  const item = (
    itemId: string,
    sourceId: string,
    seenAt: string,
    title: string,
    language = 'vi',
    country = 'vn',
  ) => ({
    itemId,
    sourceId,
    language,
    country,
    seenAt,
    title,
  });
  old = await seed(item('o1', 'bao-a', ago(30), 'Tin cũ về lễ hội'), null);
  await seed(item('o2', 'bao-b', ago(30, -1), 'Lễ hội năm ngoái'), 'o1');
  await seed(item('o3', 'bao-c', ago(30, -2), 'Lễ hội cũ'), 'o1');
  border = await seed(item('b1', 'bao-a', ago(2), 'Cửa khẩu Lao Bảo thông quan'), null);
  await seed(item('b2', 'vientiane-news', ago(1, 20), 'Lao Bao border gate busy', 'en', 'la'), 'b1');
  fishing = await seed(item('f1', 'bao-c', ago(0, 5), 'Cứu hộ tàu cá gần Cồn Cỏ'), null);
});
afterAll(() => api.close());

const list = (query: string) =>
  api.app.inject({ url: `/api/clusters${query}`, headers: api.bearer('viewer') });

describe('GET /api/clusters', () => {
  it('lists the latest stories first, with headline and summary, a page at a time', async () => {
    const first = await list('?limit=2');
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.clusters.map((c: StoryCluster) => c.id)).toEqual([fishing, border]);
    expect(page.clusters[1]).toMatchObject({
      size: 2,
      headline: 'Cửa khẩu Lao Bảo thông quan',
      headlineItemId: 'b1',
      summary: 'Tóm tắt của b1.',
      outlets: ['bao-a', 'vientiane-news'],
      languages: ['vi', 'en'],
      countries: ['vn', 'la'],
    });
    const next = (await list(`?limit=2&cursor=${page.nextCursor}`)).json();
    expect(next.clusters.map((c: StoryCluster) => c.id)).toEqual([old]);
    expect(next.nextCursor).toBeNull();
  });

  it('lists the largest stories of the last 7 days by default, of any time with `since`', async () => {
    const week = (await list('?sort=size')).json();
    expect(week.clusters.map((c: StoryCluster) => [c.id, c.size])).toEqual([
      [border, 2],
      [fishing, 1],
    ]);
    const all = (await list(`?sort=size&since=${ago(60)}`)).json();
    expect(all.clusters.map((c: StoryCluster) => c.id)).toEqual([old, border, fishing]);
    const big = (await list(`?sort=size&minSize=2&since=${ago(60)}`)).json();
    expect(big.clusters.map((c: StoryCluster) => c.id)).toEqual([old, border]);
  });

  it('refuses a bad cursor or sort, and anonymous callers', async () => {
    expect((await list('?cursor=bm9wZQ')).statusCode).toBe(400);
    expect((await list('?sort=tone')).statusCode).toBe(400);
    expect((await api.app.inject({ url: '/api/clusters' })).statusCode).toBe(401);
  });
});

describe('GET /api/clusters/:id', () => {
  it('shows a story with its members across outlets and languages, earliest first', async () => {
    const response = await api.app.inject({ url: `/api/clusters/${border}`, headers: api.bearer('viewer') });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.cluster).toMatchObject({ id: border, size: 2 });
    expect(body.members).toEqual([
      expect.objectContaining({
        itemId: 'b1',
        sourceId: 'bao-a',
        language: 'vi',
        joinedVia: null,
        similarity: 1,
      }),
      expect.objectContaining({
        itemId: 'b2',
        sourceId: 'vientiane-news',
        language: 'en',
        country: 'la',
        joinedVia: 'b1',
      }),
    ]);
    expect(body.members[0].sentences).toBeUndefined();
  });

  it('answers 404 for an unknown cluster', async () => {
    const response = await api.app.inject({ url: '/api/clusters/nope', headers: api.bearer('viewer') });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
