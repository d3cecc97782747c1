// GET /api/summaries/volume over a real SQLite index: per topic, per day, domestic vs foreign, with
// zeros, and the spikes of the notifier's spike test (the baseline is read from before the window).
import type { Item } from '@presswatch/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexItems, startTestApi, type TestApi, testItem } from './support.ts';

let api: TestApi;

const topic = (id: string) => [{ topic: id, score: 1, matched: [] }];
/** Noon in Vietnam (UTC+7) of 2026-11-<day>. */
const noon = (day: number) => `2026-11-${String(day).padStart(2, '0')}T05:00:00.000Z`;

beforeAll(async () => {
  api = await startTestApi();
  const items: Item[] = [];
  for (let day = 1; day <= 21; day++) items.push(testItem(`b${day}`, noon(day), { topics: topic('border') }));
  for (let n = 0; n < 20; n++)
    items.push(testItem(`f${n}`, noon(21), { topics: topic('border'), domestic: false, country: 'us' }));
  items.push(testItem('inv', noon(18), { topics: topic('investment') }));
  items.push(testItem('old', noon(2), { topics: topic('human_rights') }));
  await indexItems(api.storage, items);
});
afterAll(() => api.close());

describe('GET /api/summaries/volume', () => {
  it('counts each topic per day, domestic and foreign, and marks the spike', async () => {
    const from = encodeURIComponent('2026-11-15T00:00:00+07:00');
    const to = encodeURIComponent('2026-11-21T23:59:59+07:00');
    const response = await api.app.inject({
      url: `/api/summaries/volume?from=${from}&to=${to}&interval=day`,
      headers: api.bearer('viewer'),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(28);
    const border = body.buckets.filter((b: { topic: string }) => b.topic === 'border');
    expect(border).toHaveLength(7);
    expect(border[0]).toEqual({
      start: '2026-11-14T17:00:00.000Z',
      topic: 'border',
      domestic: 1,
      foreign: 0,
    });
    expect(border[6]).toEqual({
      start: '2026-11-20T17:00:00.000Z',
      topic: 'border',
      domestic: 1,
      foreign: 20,
    });
    const investment = body.buckets.filter((b: { topic: string }) => b.topic === 'investment');
    expect(investment.map((b: { domestic: number }) => b.domestic)).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(body.buckets.some((b: { topic: string }) => b.topic === 'human_rights')).toBe(false);
    expect(body.spikes).toEqual([
      {
        topic: 'border',
        start: '2026-11-20T17:00:00.000Z',
        count: 21,
        baseline: 1,
        pValue: expect.any(Number),
      },
    ]);
    expect(body.spikes[0].pValue).toBeLessThan(0.001);
  });

  it('finds no spike where the counts stay at their baseline', async () => {
    const response = await api.app.inject({
      url: `/api/summaries/volume?from=${encodeURIComponent('2026-11-15T00:00:00+07:00')}&to=${encodeURIComponent('2026-11-20T23:59:59+07:00')}`,
      headers: api.bearer('viewer'),
    });
    expect(response.json().spikes).toEqual([]);
    expect(response.json().buckets.length).toBe(12);
  });
});
