// Summaries over seeded items: counts per topic per day (in Asia/Ho_Chi_Minh), domestic vs
// foreign, languages, top sources, top clusters, tone, with a query and filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexItems, startTestApi, type TestApi, testItem } from './support.ts';

let api: TestApi;
const topic = (name: string) => ({ topic: name, score: 0.9, matched: [name] });
// Window: 1–3 Nov 2026 in Vietnam (UTC+7) = 31 Oct 17:00Z … 3 Nov 16:59:59Z.
const WINDOW = 'from=2026-10-31T17:00:00Z&to=2026-11-03T16:59:59Z';

beforeAll(async () => {
  api = await startTestApi();
  await indexItems(api.storage, [
    testItem('s1', '2026-11-01T01:00:00Z', {
      topics: [topic('border')],
      tone: -0.7,
      clusterId: 'c-lao-bao',
      title: 'Cửa khẩu Lao Bảo đông xe',
    }),
    testItem('s2', '2026-11-01T20:00:00Z', {
      topics: [topic('border'), topic('investment')],
      tone: 0.1,
      clusterId: 'c-lao-bao',
      title: 'Lao Bảo thu hút đầu tư',
    }),
    testItem('s3', '2026-11-02T03:00:00Z', {
      topics: [topic('sea')],
      domestic: false,
      language: 'en',
      country: 'us',
      sourceId: 'wire',
      sourceName: 'Wire Service',
      tone: 0.6,
      clusterId: 'c-con-co',
      title: 'Con Co island fishermen',
    }),
    testItem('s4', '2026-11-03T09:00:00Z', {
      topics: [topic('sea')],
      domestic: false,
      language: 'fr',
      country: 'fr',
      sourceId: 'wire',
      sourceName: 'Wire Service',
      clusterId: 'c-con-co',
      title: 'Pêcheurs de Con Co',
    }),
    testItem('s5', '2026-11-03T10:00:00Z', { topics: [], title: 'Lễ hội văn hóa' }),
    testItem('old', '2026-10-20T10:00:00Z', { topics: [topic('sea')], title: 'Tin cũ ngoài khoảng' }),
  ]);
});
afterAll(() => api.close());

const get = async (path: string) => {
  const response = await api.app.inject({ url: path, headers: api.bearer('viewer') });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('summaries', () => {
  it('counts items per topic, in total and per local day', async () => {
    const body = await get(`/api/summaries/topics?${WINDOW}`);
    expect(body.total).toBe(5);
    expect(body.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(body.topics).toEqual([
      { topic: 'border', count: 2 },
      { topic: 'sea', count: 2 },
      { topic: 'investment', count: 1 },
    ]);
    expect(body.series).toEqual([
      { start: '2026-10-31T17:00:00.000Z', count: 1, topics: { border: 1 } },
      { start: '2026-11-01T17:00:00.000Z', count: 2, topics: { border: 1, investment: 1, sea: 1 } },
      { start: '2026-11-02T17:00:00.000Z', count: 2, topics: { sea: 1 } },
    ]);
  });

  it('counts per hour with the query applied', async () => {
    const body = await get(
      `/api/summaries/topics?${WINDOW}&interval=hour&q=${encodeURIComponent('"Lao Bảo"')}`,
    );
    expect(body.total).toBe(2);
    expect(body.series).toHaveLength(72);
    const nonEmpty = body.series.filter((b: { count: number }) => b.count > 0);
    expect(nonEmpty.map((b: { start: string }) => b.start)).toEqual([
      '2026-11-01T01:00:00.000Z',
      '2026-11-01T20:00:00.000Z',
    ]);
  });

  it('splits domestic and foreign', async () => {
    const body = await get(`/api/summaries/domestic?${WINDOW}`);
    expect(body).toMatchObject({ total: 5, domestic: 3, foreign: 2 });
    expect(body.series.map((b: { domestic: number; foreign: number }) => [b.domestic, b.foreign])).toEqual([
      [1, 0],
      [1, 1],
      [1, 1],
    ]);
  });

  it('counts languages and top sources, with filters', async () => {
    expect((await get(`/api/summaries/languages?${WINDOW}`)).languages).toEqual([
      { language: 'vi', count: 3 },
      { language: 'en', count: 1 },
      { language: 'fr', count: 1 },
    ]);
    expect((await get(`/api/summaries/sources?${WINDOW}`)).sources).toEqual([
      { sourceId: 'bao-thu', sourceName: 'Báo Thử', count: 3 },
      { sourceId: 'wire', sourceName: 'Wire Service', count: 2 },
    ]);
    expect((await get(`/api/summaries/sources?${WINDOW}&domestic=false`)).sources).toEqual([
      { sourceId: 'wire', sourceName: 'Wire Service', count: 2 },
    ]);
  });

  it('lists top clusters with their newest headline', async () => {
    const body = await get(`/api/summaries/clusters?${WINDOW}&size=1`);
    expect(body.clusters).toHaveLength(1);
    expect(body.clusters[0]).toMatchObject({ count: 2, headline: { id: expect.any(String) } });
    const all = await get(`/api/summaries/clusters?${WINDOW}`);
    expect(
      all.clusters.map((c: { clusterId: string; headline: { id: string } }) => [c.clusterId, c.headline.id]),
    ).toEqual([
      ['c-con-co', 's4'],
      ['c-lao-bao', 's2'],
    ]);
  });

  it('distributes tone', async () => {
    const body = await get(`/api/summaries/tone?${WINDOW}`);
    expect(body).toMatchObject({ total: 5, scored: 3, negative: 1, neutral: 1, positive: 1 });
    expect(body.histogram.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(3);
  });

  it('refuses a window too wide for its interval and an unknown time zone', async () => {
    const wide = await api.app.inject({
      url: '/api/summaries/topics?interval=hour&from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      headers: api.bearer('viewer'),
    });
    expect(wide.statusCode).toBe(400);
    const zone = await api.app.inject({
      url: '/api/summaries/topics?tz=Mars/Olympus',
      headers: api.bearer('viewer'),
    });
    expect(zone.statusCode).toBe(400);
  });
});
