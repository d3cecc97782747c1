// Feed dates in the forms feeds really use: RFC 822 and its sloppy variants (2-digit years, no
// seconds, no time, stray commas, US and European zone names, "GMT+07:00"), asctime, W3C/ISO 8601,
// and the day-first "25/03/2017 19:40" of Vietnamese and French sites. A date without a zone is
// read as UTC. Anything else is refused rather than guessed (Date.parse accepts too much).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/;

/** Named zones → minutes east of UTC. */
const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  'etc/gmt': 0,
  'etc/utc': 0,
  at: -240,
  ast: -240,
  adt: -180,
  et: -300,
  est: -300,
  edt: -240,
  ct: -360,
  cst: -360,
  cdt: -300,
  mt: -420,
  mst: -420,
  mdt: -360,
  pt: -480,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  ict: 420,
  wib: 420,
  sgt: 480,
  hkt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
};

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond?: number;
  offsetMinutes: number;
}

/** A date a little ahead of now is most often a zone written wrong; further ahead is refused. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** Earlier than this is a template default (the epoch, 0001-01-01), not a publication date. */
const EARLIEST_MS = Date.UTC(1990, 0, 1);

/**
 * A feed date as the pipeline stores it: ISO 8601 UTC, never in the future (up to a day ahead is
 * clamped to now), null before 1990 or unreadable. The same rules as toPublishedAt (../dates.ts),
 * applied to what parseFeedDate reads.
 */
export function feedDateToIso(value: string | null | undefined, now: Date): string | null {
  return storedDate(parseFeedDate(value), now);
}

/** The same rules applied to a date already read (milliseconds since the epoch). */
export function storedDate(ms: number | null, now: Date): string | null {
  if (ms === null || ms < EARLIEST_MS) return null;
  const nowMs = now.getTime();
  if (ms <= nowMs) return new Date(ms).toISOString();
  return ms - nowMs <= CLOCK_SKEW_MS ? new Date(nowMs).toISOString() : null;
}

/** Milliseconds since the epoch, or null when `value` is not a date in a form we read. */
export function parseFeedDate(value: string | null | undefined): number | null {
  const text = value?.trim().toLowerCase();
  if (!text) return null;
  const parts = parseIso(text) ?? parseDayFirst(text) ?? parseWords(text);
  return parts ? toEpoch(parts) : null;
}

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/;

function parseIso(text: string): Parts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const offsetMinutes = m[8] ? parseOffset(m[8]) : 0;
  if (offsetMinutes === null || (m[8] && !m[4])) return null;
  return {
    year: Number(m[1]),
    month: m[2] ? Number(m[2]) - 1 : 0,
    day: m[3] ? Number(m[3]) : 1,
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millisecond: m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0,
    offsetMinutes,
  };
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$/;

function parseDayFirst(text: string): Parts | null {
  // A weekday in any language before a comma ("thứ bảy, 25/3/2017") is dropped.
  const m = DAY_FIRST.exec(text.replace(/^[^\d,]*,\s*/, ''));
  if (!m) return null;
  const offsetMinutes = m[7] ? parseZone(m[7]) : 0;
  if (offsetMinutes === null) return null;
  return {
    year: Number(m[3]),
    month: Number(m[2]) - 1,
    day: Number(m[1]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    offsetMinutes,
  };
}

// RFC 822 and asctime: tokens in any of the orders feeds use ("01 Jan 2004 19:48:21 GMT",
// "Jan 4 16:29:06 2004", "Aug 30 2012 17:26:16 +0200", "2006/09/15 08:19:53 EDT").
function parseWords(text: string): Parts | null {
  const tokens = text
    .replace(WEEKDAY, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  const numbers: string[] = [];
  const found: Partial<Parts> & { time?: boolean } = {};
  for (const token of tokens) {
    if (!readToken(token, found, numbers)) return null;
  }
  if (found.month === undefined || found.year === undefined) assignNumbers(found, numbers);
  else if (numbers.length) return null;
  const { year, month, day } = found;
  if (year === undefined || month === undefined || day === undefined) return null;
  return {
    year,
    month,
    day,
    hour: found.hour ?? 0,
    minute: found.minute ?? 0,
    second: found.second ?? 0,
    offsetMinutes: found.offsetMinutes ?? 0,
  };
}

function readToken(token: string, found: Partial<Parts> & { time?: boolean }, numbers: string[]): boolean {
  const month = MONTHS.indexOf(token.slice(0, 3));
  if (month >= 0 && /^[a-z]+\.?$/.test(token) && found.month === undefined) {
    found.month = month;
    return true;
  }
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(token);
  if (slashed) {
    [found.year, found.month, found.day] = [Number(slashed[1]), Number(slashed[2]) - 1, Number(slashed[3])];
    return true;
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(token);
  if (time && !found.time) {
    found.time = true;
    [found.hour, found.minute, found.second] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    return true;
  }
  if (/^\d{1,4}$/.test(token)) {
    numbers.push(token);
    return true;
  }
  const offset = found.time ? parseZone(token) : null;
  if (offset !== null && found.offsetMinutes === undefined) {
    found.offsetMinutes = offset;
    return true;
  }
  return false;
}

// The day comes before the year; a 2-digit year is 19xx from 70 on, else 20xx.
function assignNumbers(found: Partial<Parts>, numbers: string[]): void {
  if (found.day === undefined && numbers.length === 2) {
    found.day = Number(numbers[0]);
    const year = Number(numbers[1]);
    found.year = numbers[1]!.length <= 2 ? year + (year >= 70 ? 1900 : 2000) : year;
  }
}

function parseZone(token: string): number | null {
  const named = ZONES[token];
  if (named !== undefined) return named;
  const gmt = /^(?:gmt|utc|ut)?([+-]\d{1,2}(?::?\d{2})?)$/.exec(token);
  return gmt ? parseOffset(gmt[1]!) : null;
}

function parseOffset(text: string): number | null {
  if (text === 'z') return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function toEpoch(p: Parts): number | null {
  if (p.month < 0 || p.month > 11 || p.day < 1 || p.day > daysIn(p.year, p.month)) return null;
  if (p.hour > 23 || p.minute > 59 || p.second > 60) return null;
  const date = new Date(0);
  date.setUTCFullYear(p.year, p.month, p.day);
  date.setUTCHours(p.hour, p.minute, Math.min(p.second, 59), p.millisecond ?? 0);
  return date.getTime() - p.offsetMinutes * 60_000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 && leap ? 29 : DAYS_IN_MONTH[month]!;
}
