import { describe, expect, it } from 'vitest';
import { nextPollDelaySeconds } from '../src/poll-interval.ts';

const bounds = { minPollSeconds: 60, maxPollSeconds: 3_600 };
const base = { newEntries: 0, consecutiveErrors: 0, previousIntervalSeconds: null, retryAfterSeconds: null };

describe('nextPollDelaySeconds', () => {
  it('polls at the minimum when the source published', () => {
    expect(nextPollDelaySeconds(bounds, { ...base, newEntries: 3, previousIntervalSeconds: 900 })).toBe(60);
  });
  it('stretches a quiet source by half, up to the maximum', () => {
    expect(nextPollDelaySeconds(bounds, { ...base, previousIntervalSeconds: 600 })).toBe(900);
    expect(nextPollDelaySeconds(bounds, { ...base, previousIntervalSeconds: 3_000 })).toBe(3_600);
  });
  it('backs off exponentially on errors within the bounds', () => {
    expect(nextPollDelaySeconds(bounds, { ...base, consecutiveErrors: 1 })).toBe(120);
    expect(nextPollDelaySeconds(bounds, { ...base, consecutiveErrors: 3 })).toBe(480);
    expect(nextPollDelaySeconds(bounds, { ...base, consecutiveErrors: 30 })).toBe(3_600);
  });
  it('honours Retry-After, never below the minimum', () => {
    expect(nextPollDelaySeconds(bounds, { ...base, consecutiveErrors: 1, retryAfterSeconds: 7_200 })).toBe(
      7_200,
    );
    expect(nextPollDelaySeconds(bounds, { ...base, retryAfterSeconds: 5 })).toBe(60);
  });
});
