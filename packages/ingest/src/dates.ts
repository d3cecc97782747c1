// Publication dates as the pipeline stores them: ISO 8601 in UTC, never in the future.

/** A date a little ahead of now is most often a time zone written wrong (UTC+7 labelled UTC). */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** Earlier than this is a template default (the epoch, 0001-01-01), not a publication date. */
const EARLIEST_MS = Date.UTC(1990, 0, 1);

/**
 * Parses a publication date. Up to a day in the future is clamped to now; further ahead, before
 * 1990 or unparseable gives null.
 */
export function toPublishedAt(value: string | null | undefined, now: Date = new Date()): string | null {
  if (!value?.trim()) return null;
  const ms = Date.parse(value.trim());
  if (Number.isNaN(ms) || ms < EARLIEST_MS) return null;
  const nowMs = now.getTime();
  if (ms <= nowMs) return new Date(ms).toISOString();
  return ms - nowMs <= CLOCK_SKEW_MS ? new Date(nowMs).toISOString() : null;
}
