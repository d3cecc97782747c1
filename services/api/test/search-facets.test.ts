// GET /api/items: the topic, tone and relevance facets and filters (bands: TONE_BANDS and
// RELEVANCE_BANDS in the domain), source facet labels, and each hit's story-cluster size.
import type { ClusterMember, StoryCluster } from '@presswatch/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexItems, startTestApi, type TestApi, testItem } from './support.ts';

let api: TestApi;

/** Puts an item in a cluster (the store's own join; the clustering is tested in packages/cluster). */
async function cluster(itemId: string, clusterId: string, seenAt: string): Promise<void> {
  await api.storage.clusters.assign({
    member: {
      itemId,
      sourceId: 'bao-thu',
      sourceName: 'Báo Thử',
      url: `https://bao-thu.example/${itemId}`,
      language: 'vi',
      country: 'vn',
      seenAt,
      title: itemId,
      sentences: [],
    },
    signature: new Uint8Array(16),
    bandKeys: [42],
    windowMs: 7 * 86_400_000,
    maxCandidates: 10,
    newClusterId: clusterId,
    choose: (candidates) => {
      const joined = candidates.find((candidate) => candidate.clusterId === clusterId);
      return joined ? { clusterId, via: joined.itemId, similarity: 1 } : null;
    },
    merge: (existing: StoryCluster | null, m: ClusterMember): StoryCluster =>
      existing
        ? { ...existing, size: existing.size + 1 }
        : {
            id: m.clusterId,
            firstSeen: m.seenAt,
            lastSeen: m.seenAt,
            size: 1,
            outlets: [m.sourceId],
            countries: ['vn'],
            languages: ['vi'],
            headlineItemId: m.itemId,
            headline: m.title,
            summary: null,
          },
  });
}

beforeAll(async () => {
  api = await startTestApi();
  await api.storage.sources.upsert({
    id: 'dai-khac',
    name: 'Đài Khác (nguồn)',
    url: 'https://dai-khac.example/rss',
    kind: 'feed',
    render: false,
    country: 'vn',
    language: 'vi',
    domestic: true,
    minPollSeconds: 300,
    maxPollSeconds: 3600,
    selectors: null,
    enabled: true,
  });
  const sea = { topic: 'sea', score: 0.9, matched: ['biển'] };
  const border = { topic: 'border', score: 0.8, matched: ['biên giới'] };
  await indexItems(api.storage, [
    testItem('t1', '2026-11-05T08:00:00Z', { topics: [sea], tone: -0.6, relevance: 0.9, clusterId: 'c1' }),
    testItem('t2', '2026-11-04T08:00:00Z', {
      topics: [sea, border],
      tone: 0.05,
      relevance: 0.4,
      clusterId: 'c-unknown',
    }),
    testItem('t3', '2026-11-03T08:00:00Z', {
      sourceId: 'dai-khac',
      sourceName: 'Đài Khác',
      topics: [border],
      tone: 0.5,
      relevance: 0.1,
      clusterId: 'c1',
    }),
    testItem('t4', '2026-11-02T08:00:00Z', { sourceId: 'gone', sourceName: 'Gone' }),
  ]);
  await cluster('t1', 'c1', '2026-11-05T08:00:00Z');
  await cluster('t3', 'c1', '2026-11-03T08:00:00Z');
});

afterAll(async () => {
  await api.close();
});

async function search(query: string) {
  const response = await api.app.inject({ url: `/api/items?${query}`, headers: api.bearer('viewer') });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: { id: string; clusterSize: number | null }[];
    facets: Record<string, { value: string; count: number; label?: string }[]>;
  };
}

describe('GET /api/items facets and filters', () => {
  it('counts topics, tone bands and relevance bands', async () => {
    const page = await search('facets=topic,tone,relevance&limit=1');
    expect(page.facets.topic).toEqual([
      { value: 'border', count: 2 },
      { value: 'sea', count: 2 },
    ]);
    expect(page.facets.tone).toEqual([
      { value: 'negative', count: 1 },
      { value: 'neutral', count: 1 },
      { value: 'positive', count: 1 },
    ]);
    expect(page.facets.relevance).toEqual([
      { value: 'high', count: 1 },
      { value: 'some', count: 1 },
      { value: 'none', count: 1 },
    ]);
  });

  it('filters by topic=, tone= and relevance= comma lists', async () => {
    const ids = async (query: string) => (await search(query)).items.map((item) => item.id);
    expect(await ids('topic=border')).toEqual(['t2', 't3']);
    expect(await ids('topic=sea&tone=negative,positive')).toEqual(['t1']);
    expect(await ids('relevance=some,none')).toEqual(['t2', 't3']);
    expect(await ids('tone=neutral&relevance=high')).toEqual([]);
  });

  it('refuses a tone or relevance band it does not know', async () => {
    for (const query of ['tone=angry', 'relevance=high,maybe', 'tone=']) {
      const response = await api.app.inject({ url: `/api/items?${query}`, headers: api.bearer('viewer') });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('labels source buckets with the source name: from the page, else the source record, else the id', async () => {
    const page = await search('facets=source&limit=1');
    expect(page.facets.source).toEqual([
      { value: 'bao-thu', count: 2, label: 'Báo Thử' },
      { value: 'dai-khac', count: 1, label: 'Đài Khác (nguồn)' },
      { value: 'gone', count: 1, label: 'gone' },
    ]);
  });

  it("gives each hit its story cluster's size (null without a known cluster)", async () => {
    const sizes = Object.fromEntries((await search('')).items.map((item) => [item.id, item.clusterSize]));
    expect(sizes).toEqual({ t1: 2, t2: null, t3: 2, t4: null });
  });
});
