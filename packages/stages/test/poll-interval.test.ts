import { describe, expect, it } from 'vitest';
import { nextPollDelaySeconds, rateFromEntryDates } from '../src/poll-interval.ts';

const bounds = { minPollSeconds: 60, maxPollSeconds: 3_600 };
const base = { consecutiveErrors: 0, retryAfterSeconds: null, itemsPerDay: null };

describe('nextPollDelaySeconds', () => {
  it('polls at the minimum until a rate is learnt', () => {
    expect(nextPollDelaySeconds(bounds, base)).toBe(60);
  });
  it('follows the publishing rate: busier sources are polled more often, within the bounds', () => {
    expect(nextPollDelaySeconds(bounds, { ...base, itemsPerDay: 48 })).toBe(900);
    expect(nextPollDelaySeconds(bounds, { ...base, itemsPerDay: 96 })).toBe(450);
    expect(nextPollDelaySeconds(bounds, { ...base, itemsPerDay: 10_000 })).toBe(60);
    expect(nextPollDelaySeconds(bounds, { ...base, itemsPerDay: 1 })).toBe(3_600);
    expect(nextPollDelaySeconds(bounds, { ...base, itemsPerDay: 0 })).toBe(3_600);
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

describe('rateFromEntryDates', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('counts dated entries per day over their span', () => {
    const dates = ['2026-11-26T11:00:00Z', '2026-11-26T00:00:00Z', '2026-11-25T12:00:00Z', null];
    expect(rateFromEntryDates(dates, now)).toBeCloseTo(3, 5);
  });
  it('needs two past dates', () => {
    expect(rateFromEntryDates(['2026-11-26T11:00:00Z', null], now)).toBeNull();
    expect(rateFromEntryDates(['2027-01-01T00:00:00Z', '2027-01-02T00:00:00Z'], now)).toBeNull();
  });
});

describe('isUnconditionalPoll', () => {
  it('drops the validators on every Nth poll only', async () => {
    const { isUnconditionalPoll } = await import('../src/crawl-stage.ts');
    const polls = Array.from({ length: 12 }, (_, n) => isUnconditionalPoll(n, 4));
    expect(polls.map((p, n) => (p ? n : -1)).filter((n) => n >= 0)).toEqual([3, 7, 11]);
    expect(isUnconditionalPoll(3, 0)).toBe(false);
  });
});
