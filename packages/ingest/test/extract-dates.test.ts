// Dates as sites write them: ISO with and without zone, RFC 2822, day-first Vietnamese forms with
// GMT+7, US month-first; and toPublishedAt's rules (no future, no template defaults).
import { describe, expect, it } from 'vitest';
import { parseDateTime, toPublishedAt } from '../src/index.ts';

const iso = (value: string, offset = 0) => {
  const ms = parseDateTime(value, offset);
  return ms === null ? null : new Date(ms).toISOString();
};

describe('parseDateTime', () => {
  it('reads ISO 8601 with a zone, and without one at the given offset', () => {
    expect(iso('2025-07-28T06:15:00+07:00')).toBe('2025-07-27T23:15:00.000Z');
    expect(iso('2025-07-28T06:15:00+0700')).toBe('2025-07-27T23:15:00.000Z');
    expect(iso('2025-07-28T06:15:00.250Z')).toBe('2025-07-28T06:15:00.000Z');
    expect(iso('2025-07-28 06:15:00', 420)).toBe('2025-07-27T23:15:00.000Z');
    expect(iso('2025-07-28 06:15:00')).toBe('2025-07-28T06:15:00.000Z');
    expect(iso('2025-07-28', 420)).toBe('2025-07-27T17:00:00.000Z');
  });

  it('reads RFC 2822 and English month names', () => {
    expect(iso('Thu, 31 Jul 2025 20:30:00 +0700')).toBe('2025-07-31T13:30:00.000Z');
    expect(iso('Nov 19, 2019 10:00 AM EST')).toBe('2019-11-19T15:00:00.000Z');
    expect(iso('July 28, 2025', 420)).toBe('2025-07-27T17:00:00.000Z');
  });

  it('reads day-first dates the way Vietnamese sites print them', () => {
    expect(iso('Thứ hai, 28/7/2025, 06:15 (GMT+7)')).toBe('2025-07-27T23:15:00.000Z');
    expect(iso('06:15 28/07/2025', 420)).toBe('2025-07-27T23:15:00.000Z');
    expect(iso('Cập nhật: 08:30 | 15/07/2025', 420)).toBe('2025-07-15T01:30:00.000Z');
    expect(iso('11/19/2019 3:04 PM')).toBe('2019-11-19T15:04:00.000Z');
  });

  it('refuses what is not a date or not a real calendar day', () => {
    expect(parseDateTime('hôm qua')).toBeNull();
    expect(parseDateTime('31/02/2025')).toBeNull();
    expect(parseDateTime('')).toBeNull();
    expect(parseDateTime(null)).toBeNull();
  });
});

describe('toPublishedAt with an offset', () => {
  const now = new Date('2025-08-01T12:00:00Z');

  it('reads a zoneless date at the offset, then applies the future and default-date rules', () => {
    expect(toPublishedAt('2025-08-01 18:00:00', now, 420)).toBe('2025-08-01T11:00:00.000Z');
    expect(toPublishedAt('2025-08-01 18:00:00', now)).toBe(now.toISOString());
    expect(toPublishedAt('2030-08-01 18:00:00', now, 420)).toBeNull();
    expect(toPublishedAt('0001-01-01T00:00:00', now)).toBeNull();
  });
});
