// Local dates and times in an IANA time zone with Intl only (no tz database of our own): quiet
// hours, digest send times and "yesterday" are all local to a person.

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at `instant`. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

/** The instant at which the wall clock in `timeZone` shows these parts (the later one in a DST fold). */
export function zonedInstant(parts: LocalParts, timeZone: string): Date {
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  // The zone's offset at a guess, corrected once: enough for every real zone's transitions.
  let guess = asUtc - offsetMs(new Date(asUtc), timeZone);
  guess = asUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

function offsetMs(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return local - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/** "YYYY-MM-DD" of the local day at `instant`. */
export function localDay(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** A "YYYY-MM-DD" day moved by `days` (calendar arithmetic, zone-free). */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function previousDay(day: string): string {
  return shiftDay(day, -1);
}

/** [start, end) of a local day as instants. */
export function localDayRange(day: string, timeZone: string): { from: Date; to: Date } {
  return {
    from: instantOnDay(day, '00:00', timeZone),
    to: instantOnDay(shiftDay(day, 1), '00:00', timeZone),
  };
}

/** "HH:MM" → minutes after midnight; null when malformed. */
export function parseClock(clock: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The instant of a local clock time on a local day. */
export function instantOnDay(day: string, clock: string, timeZone: string): Date {
  const minutes = parseClock(clock);
  if (minutes === null) throw new RangeError(`not a HH:MM time: ${clock}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return zonedInstant(
    { year: y, month: m, day: d, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    timeZone,
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
