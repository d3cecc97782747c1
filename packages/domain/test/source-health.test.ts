import { describe, expect, it } from 'vitest';
import { emptySourceState } from '../src/model.ts';
import { isSilent, sourceHealthStatus, updatePublishingRate } from '../src/source-health.ts';

const DAY = 86_400_000;
const now = new Date('2026-11-26T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('publishing rate', () => {
  it('starts from the first sample and moves towards new samples by elapsed time', () => {
    expect(updatePublishingRate(null, 10, DAY)).toBeCloseTo(10);
    const short = updatePublishingRate(10, 0, DAY / 24);
    const long = updatePublishingRate(10, 0, 7 * DAY);
    expect(short).toBeLessThan(10);
    expect(long).toBeCloseTo(5, 5);
    expect(long).toBeLessThan(short);
  });
});

describe('silent source', () => {
  const busy = {
    ...emptySourceState('s'),
    lastFetchAt: ago(60_000),
    firstSuccessAt: ago(30 * DAY),
    itemsPerDay: 20,
  };
  it('flags a source that usually publishes and has stopped for longer than allowed', () => {
    expect(isSilent({ ...busy, lastNewItemAt: ago(2 * DAY) }, now)).toBe(true);
    expect(sourceHealthStatus(true, { ...busy, lastNewItemAt: ago(2 * DAY) }, now)).toBe('silent');
  });
  it('does not flag a recent publisher, a quiet source, or a failing one as silent', () => {
    expect(isSilent({ ...busy, lastNewItemAt: ago(3_600_000) }, now)).toBe(false);
    expect(isSilent({ ...busy, itemsPerDay: 0.1, lastNewItemAt: ago(20 * DAY) }, now)).toBe(false);
    expect(
      sourceHealthStatus(true, { ...busy, lastNewItemAt: ago(2 * DAY), consecutiveErrors: 2 }, now),
    ).toBe('failing');
  });
  it('reports pending before the first poll and disabled when switched off', () => {
    expect(sourceHealthStatus(true, emptySourceState('s'), now)).toBe('pending');
    expect(sourceHealthStatus(false, busy, now)).toBe('disabled');
  });
});
