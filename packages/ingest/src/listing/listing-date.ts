// Dates as listing pages print them: a <time datetime>, ISO 8601, RFC 822, or day-first numeric
// dates as Vietnamese (and most non-US) sites write them: "31/07/2025 08:30", "31-07-2025".
import { toPublishedAt } from '../dates.ts';

const DAY_FIRST = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D+(\d{1,2})[:h](\d{2}))?/;

/**
 * Parses a listing date. Day-first dates carry no zone: they are read at `utcOffset`
 * (default +07:00, the zone of the province and of most outlets it watches).
 */
export function parseListingDate(
  text: string | null | undefined,
  now: Date,
  utcOffset = '+07:00',
): string | null {
  const value = text?.trim();
  if (!value) return null;
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const [, d, m, y, hh = '00', mm = '00'] = dayFirst;
    const iso = `${y}-${pad(m!)}-${pad(d!)}T${pad(hh)}:${mm}:00${utcOffset}`;
    return toPublishedAt(iso, now);
  }
  return toPublishedAt(value, now);
}

function pad(part: string): string {
  return part.padStart(2, '0');
}
