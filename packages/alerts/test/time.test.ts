import { describe, expect, it } from 'vitest';
import { instantOnDay, localDay, localDayRange, localParts, quietUntil, shiftDay } from '../src/index.ts';

describe('zoned time', () => {
  it('reads the wall clock in Asia/Ho_Chi_Minh (UTC+7)', () => {
    const at = new Date('2026-03-09T20:30:00Z');
    expect(localParts(at, 'Asia/Ho_Chi_Minh')).toMatchObject({
      year: 2026,
      month: 3,
      day: 10,
      hour: 3,
      minute: 30,
    });
    expect(localDay(at, 'Asia/Ho_Chi_Minh')).toBe('2026-03-10');
    expect(localDay(at, 'UTC')).toBe('2026-03-09');
  });

  it('turns a local time into an instant, across a daylight-saving change', () => {
    expect(instantOnDay('2026-03-10', '07:00', 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2026-03-10T00:00:00.000Z',
    );
    // Paris moves to summer time on 29 March 2026: 09:00 is UTC+1 before, UTC+2 after.
    expect(instantOnDay('2026-03-28', '09:00', 'Europe/Paris').toISOString()).toBe(
      '2026-03-28T08:00:00.000Z',
    );
    expect(instantOnDay('2026-03-30', '09:00', 'Europe/Paris').toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
  });

  it('gives a local day as a half-open range and shifts days across months', () => {
    const range = localDayRange('2026-03-10', 'Asia/Ho_Chi_Minh');
    expect(range.from.toISOString()).toBe('2026-03-09T17:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-03-10T17:00:00.000Z');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2024-12-31', 1)).toBe('2025-01-01');
  });
});

describe('quiet hours', () => {
  const night = { start: '22:00', end: '06:30', timeZone: 'Asia/Ho_Chi_Minh' };

  it('holds until the end of a window that crosses midnight', () => {
    // 23:15 local on 10 March → held until 06:30 local on 11 March.
    expect(quietUntil(night, new Date('2026-03-10T16:15:00Z'))?.toISOString()).toBe(
      '2026-03-10T23:30:00.000Z',
    );
    // 02:00 local on 11 March → same end.
    expect(quietUntil(night, new Date('2026-03-10T19:00:00Z'))?.toISOString()).toBe(
      '2026-03-10T23:30:00.000Z',
    );
  });

  it('lets alerts through outside the window and without quiet hours', () => {
    expect(quietUntil(night, new Date('2026-03-10T03:00:00Z'))).toBeNull(); // 10:00 local
    expect(quietUntil(night, new Date('2026-03-10T23:30:00Z'))).toBeNull(); // 06:30 local: the end itself
    expect(quietUntil(null, new Date('2026-03-10T16:15:00Z'))).toBeNull();
  });

  it('handles a window within one day', () => {
    const lunch = { start: '12:00', end: '13:30', timeZone: 'UTC' };
    expect(quietUntil(lunch, new Date('2026-03-10T12:45:00Z'))?.toISOString()).toBe(
      '2026-03-10T13:30:00.000Z',
    );
    expect(quietUntil(lunch, new Date('2026-03-10T11:59:00Z'))).toBeNull();
  });
});
