// Quiet hours: while they last, alerts are recorded but their webhook deliveries are held until
// the quiet hours end (one batched message then, not a night of pings).
import type { QuietHours } from '@presswatch/domain';
import { instantOnDay, localDay, localParts, parseClock, shiftDay } from '../time/zoned-time.ts';

/** The end of the quiet hours `now` falls in, or null when `now` is not quiet. */
export function quietUntil(quiet: QuietHours | null, now: Date): Date | null {
  if (!quiet) return null;
  const start = parseClock(quiet.start);
  const end = parseClock(quiet.end);
  if (start === null || end === null || start === end) return null;
  const local = localParts(now, quiet.timeZone);
  const minute = local.hour * 60 + local.minute;
  const today = localDay(now, quiet.timeZone);
  if (start < end) {
    // Same-day window, e.g. 12:00–13:30.
    return minute >= start && minute < end ? instantOnDay(today, quiet.end, quiet.timeZone) : null;
  }
  // Window across midnight, e.g. 22:00–06:00: quiet after start today, or before end today.
  if (minute >= start) return instantOnDay(shiftDay(today, 1), quiet.end, quiet.timeZone);
  if (minute < end) return instantOnDay(today, quiet.end, quiet.timeZone);
  return null;
}
