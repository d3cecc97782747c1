// Publication dates as the pipeline stores them: ISO 8601 in UTC, never in the future.

/** A date a little ahead of now is most often a time zone written wrong (UTC+7 labelled UTC). */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** Earlier than this is a template default (the epoch, 0001-01-01), not a publication date. */
const EARLIEST_MS = Date.UTC(1990, 0, 1);

/**
 * Parses a publication date. Up to a day in the future is clamped to now; further ahead, before
 * 1990 or unparseable gives null. A date written without a zone is read at
 * `defaultOffsetMinutes` east of UTC (default 0).
 */
export function toPublishedAt(
  value: string | null | undefined,
  now: Date = new Date(),
  defaultOffsetMinutes = 0,
): string | null {
  const ms = parseDateTime(value, defaultOffsetMinutes);
  if (ms === null || ms < EARLIEST_MS) return null;
  const nowMs = now.getTime();
  if (ms <= nowMs) return new Date(ms).toISOString();
  return ms - nowMs <= CLOCK_SKEW_MS ? new Date(nowMs).toISOString() : null;
}

// 2025-07-28, 2025-07-28T06:15, 2025-07-28 06:15:00.123+07:00, 20250728T061500Z
const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
// Day first, as Vietnamese (and most non-US) sites write it: 28/7/2025, 28-07-2025 06:15,
// "Thứ hai, 28/7/2025, 06:15 (GMT+7)", "06:15 28/07/2025".
const DAY_FIRST = /(?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const CLOCK = /(?:^|\D)(\d{1,2})[:hg](\d{2})(?::(\d{2}))?(?!\d)\s*(am|pm|sa|ch)?/i;
const ZONE = /(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i;

/** Milliseconds since the epoch of a date as sites write it, or null. */
export function parseDateTime(value: string | null | undefined, defaultOffsetMinutes = 0): number | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) return fromParts(iso.slice(1, 7).map(Number), offsetMinutes(iso[7], defaultOffsetMinutes));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst && !/[a-z]{3,}\s+\d{1,2},?\s+\d{4}/i.test(text))
    return fromDayFirst(text, dayFirst, defaultOffsetMinutes);
  // RFC 2822 and English month names: Date.parse reads these the same on every engine we run.
  if (!/\d/.test(text)) return null;
  const zoned = /(?:[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|Z|[ECMP][SD]T)\b)\s*$/i.test(text);
  const ms = Date.parse(zoned ? text : `${text} GMT`);
  if (Number.isNaN(ms)) return null;
  return zoned ? ms : ms - defaultOffsetMinutes * 60_000;
}

function fromDayFirst(text: string, match: RegExpExecArray, defaultOffset: number): number | null {
  let [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // 11/19/2019 can only be month first.
  if (month > 12 && day <= 12) [day, month] = [month, day];
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  const clock = CLOCK.exec(rest);
  let hour = clock ? Number(clock[1]) : 0;
  const suffix = clock?.[4]?.toLowerCase();
  if ((suffix === 'pm' || suffix === 'ch') && hour < 12) hour += 12;
  if ((suffix === 'am' || suffix === 'sa') && hour === 12) hour = 0;
  const zone = ZONE.exec(text);
  const offset = zone
    ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3] ?? 0))
    : defaultOffset;
  return fromParts([year, month, day, hour, clock ? Number(clock[2]) : 0, Number(clock?.[3] ?? 0)], offset);
}

function offsetMinutes(zone: string | undefined, fallback: number): number {
  if (!zone) return fallback;
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}

function fromParts(parts: number[], offset: number): number | null {
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.map((n) => (Number.isNaN(n) ? 0 : n));
  if (!year || !month || !day || month > 12 || day > 31 || hour > 24 || minute > 59 || second > 60)
    return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(ms);
  // 31/02 rolls over in Date.UTC; a real calendar date does not.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return ms - offset * 60_000;
}
