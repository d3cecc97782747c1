// The dashboard's topic series from /api/summaries/volume buckets.
import { describe, expect, it } from 'vitest';
import { topicVolumes } from '../src/pages/dashboard-data.ts';

describe('topicVolumes', () => {
  it('sums domestic and foreign per topic and bucket, biggest topic first', () => {
    const { starts, topics } = topicVolumes({
      buckets: [
        { start: '2026-11-25T17:00:00.000Z', topic: 'border', domestic: 1, foreign: 0 },
        { start: '2026-11-24T17:00:00.000Z', topic: 'border', domestic: 0, foreign: 2 },
        { start: '2026-11-24T17:00:00.000Z', topic: 'sea_islands', domestic: 5, foreign: 1 },
        { start: '2026-11-25T17:00:00.000Z', topic: 'sea_islands', domestic: 0, foreign: 0 },
      ],
      spikes: [],
    });
    expect(starts).toEqual(['2026-11-24T17:00:00.000Z', '2026-11-25T17:00:00.000Z']);
    expect(topics.map((t) => [t.topic, t.domestic, t.foreign])).toEqual([
      ['sea_islands', 5, 1],
      ['border', 1, 2],
    ]);
    expect(topics[1]?.byStart.get('2026-11-24T17:00:00.000Z')).toBe(2);
  });
});
