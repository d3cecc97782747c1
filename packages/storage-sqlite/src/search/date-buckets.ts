// Date-histogram buckets in a time zone. SQL groups items by UTC hour; this maps each hour to the
// start of its local hour or day, so a day bucket is exact for every zone whose offset is a whole
// number of hours (Asia/Ho_Chi_Minh, and DST zones too). Keys are ISO instants of bucket starts.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Caps gap filling; a wider range should use a coarser interval. */
export const MAX_DATE_BUCKETS = 10_000;

export interface DateBucketer {
  /** Start (ms) of the bucket holding UTC hour slot `slot` (= floor(ms / 1h)). */
  startOfSlot(slot: number): number;
  /** Every bucket start from the bucket holding `fromMs` to the one holding `toMs`. */
  range(fromMs: number, toMs: number): number[];
}

export function createDateBucketer(interval: 'hour' | 'day', timeZone = 'UTC'): DateBucketer {
  const offsetOf = zoneOffset(timeZone);
  const cache = new Map<number, number>();
  const startOfSlot = (slot: number): number => {
    let start = cache.get(slot);
    if (start === undefined) {
      start = interval === 'hour' ? slot * HOUR_MS : localMidnight(slot * HOUR_MS, offsetOf);
      cache.set(slot, start);
    }
    return start;
  };
  const startOf = (ms: number) => startOfSlot(Math.floor(ms / HOUR_MS));
  return {
    startOfSlot,
    range(fromMs, toMs) {
      const starts: number[] = [];
      // A local day is 23 to 25 hours long, so 26 hours past a day's start is always the next day.
      for (let start = startOf(fromMs); start <= toMs; ) {
        starts.push(start);
        if (starts.length > MAX_DATE_BUCKETS) {
          throw new RangeError(`date histogram would have more than ${MAX_DATE_BUCKETS} buckets`);
        }
        start = interval === 'hour' ? start + HOUR_MS : startOf(start + 26 * HOUR_MS);
      }
      return starts;
    },
  };
}

/** The instant local midnight began on the local day holding `ms`. */
function localMidnight(ms: number, offsetOf: (ms: number) => number): number {
  const local = new Date(ms + offsetOf(ms));
  const midnightAsUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  // The offset at midnight can differ from the one at `ms` on a DST day: refine once.
  const guess = midnightAsUtc - offsetOf(ms);
  return midnightAsUtc - offsetOf(guess);
}

/** Offset (ms, local minus UTC) of `timeZone` at an instant. Throws RangeError for an unknown zone. */
function zoneOffset(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const exact = (ms: number) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(ms)) parts[part.type] = Number(part.value);
    const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
    return wall - (ms - (((ms % 60_000) + 60_000) % 60_000));
  };
  // Intl is slow (microseconds a call, per hour slot adds up). Offsets change at most once a day:
  // when a UTC day starts and ends on the same offset, the whole day has it.
  const days = new Map<number, number | null>();
  return (ms) => {
    const day = Math.floor(ms / DAY_MS);
    let offset = days.get(day);
    if (offset === undefined) {
      const start = exact(day * DAY_MS);
      offset = start === exact((day + 1) * DAY_MS - 60_000) ? start : null;
      days.set(day, offset);
    }
    return offset ?? exact(ms);
  };
}
