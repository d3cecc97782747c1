// Feed dates as Vietnamese and other feeds write them (feedparser's own vectors run in
// tests/conformance/feed-dates.test.ts).
import { describe, expect, it } from 'vitest';
import { feedDateToIso, parseFeedDate } from '../src/index.ts';

const iso = (value: string) => {
  const ms = parseFeedDate(value);
  return ms === null ? null : new Date(ms).toISOString();
};

describe('parseFeedDate', () => {
  it('reads RFC 822 with offsets, zone names, 2-digit years and missing parts', () => {
    expect(iso('Sat, 25 Mar 2017 19:40:38 +0700')).toBe('2017-03-25T12:40:38.000Z');
    expect(iso('Thu, 01 Jan 04 19:48 EST')).toBe('2004-01-02T00:48:00.000Z');
    expect(iso('25 March 2017 19:40 ICT')).toBe('2017-03-25T12:40:00.000Z');
    expect(iso('Mon, 13 Feb, 2012')).toBe('2012-02-13T00:00:00.000Z');
  });

  it('reads ISO 8601 with milliseconds, and day-first dates with a Vietnamese weekday', () => {
    expect(iso('2016-06-01T08:35:00.001-07:00')).toBe('2016-06-01T15:35:00.001Z');
    expect(iso('2025-07-31 08:15:00+07:00')).toBe('2025-07-31T01:15:00.000Z');
    expect(iso('Thứ bảy, 25/3/2017 19:40 GMT+7')).toBe('2017-03-25T12:40:00.000Z');
    expect(iso('31/07/2025')).toBe('2025-07-31T00:00:00.000Z');
  });

  it('refuses what is not a date rather than guessing', () => {
    for (const value of [
      '',
      'hôm qua',
      '2013-01-27-01',
      'Sun, 99 Jun 2009 12:00:00 GMT',
      '31/02/2025',
      '12:00',
    ]) {
      expect(parseFeedDate(value), value).toBeNull();
    }
  });
});

describe('feedDateToIso', () => {
  const now = new Date('2025-08-01T12:00:00Z');
  it('clamps up to a day ahead to now, and drops dates further ahead or before 1990', () => {
    expect(feedDateToIso('2025-08-01T18:00:00Z', now)).toBe('2025-08-01T12:00:00.000Z');
    expect(feedDateToIso('2025-08-03T00:00:00Z', now)).toBeNull();
    expect(feedDateToIso('1970-01-01T00:00:00Z', now)).toBeNull();
    expect(feedDateToIso('2025-07-01T00:00:00Z', now)).toBe('2025-07-01T00:00:00.000Z');
  });
});
