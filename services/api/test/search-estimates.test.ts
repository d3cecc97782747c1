// Large match sets: the store estimates the total and facet counts from a sample, and the API must
// say so (totalIsEstimate, buckets marked approximate) on both search routes, so the UI can show
// "≈". A small exact-count bound reaches that path with a few hundred items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexItems, startTestApi, type TestApi, testItem } from './support.ts';

const COUNT = 300;
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({}, { exactCountBound: 50 });
  const items = Array.from({ length: COUNT }, (_, n) =>
    testItem(`est${n}`, new Date(Date.UTC(2026, 5, 1) + n * 60_000).toISOString(), {
      title: `Tàu cá cập cảng Cửa Việt chuyến ${n}`,
      language: n % 3 === 0 ? 'en' : 'vi',
    }),
  );
  await indexItems(api.storage, items);
});

afterAll(() => api?.close());

describe('estimated counts through the API', () => {
  it('flags the total and the facet buckets of a large match set as estimates', async () => {
    const response = await api.app.inject({
      url: '/api/items?q=c%E1%BA%A3ng&facets=language&limit=5',
      headers: api.bearer('viewer'),
    });
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.totalIsEstimate).toBe(true);
    expect(page.total).toBeGreaterThan(50);
    expect(page.items).toHaveLength(5);
    expect(page.facets.language.length).toBeGreaterThan(0);
    for (const bucket of page.facets.language) expect(bucket.approximate).toBe(true);
  });

  it('gives exact counts, unflagged, below the bound', async () => {
    const response = await api.app.inject({
      url: `/api/items?q=${encodeURIComponent('"chuyến 7"')}&facets=language`,
      headers: api.bearer('viewer'),
    });
    const page = response.json();
    expect(page.totalIsEstimate).toBe(false);
    expect(page.total).toBe(1);
    expect(page.facets.language[0].approximate).toBeUndefined();
  });

  it('flags the estimate on a saved search’s items too', async () => {
    const saved = await api.app.inject({
      method: 'POST',
      url: '/api/saved-searches',
      headers: api.bearer('analyst'),
      payload: { name: 'Cảng', query: 'cảng' },
    });
    expect(saved.statusCode).toBe(201);
    const response = await api.app.inject({
      url: `/api/saved-searches/${saved.json().id}/items`,
      headers: api.bearer('analyst'),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().totalIsEstimate).toBe(true);
  });
});
